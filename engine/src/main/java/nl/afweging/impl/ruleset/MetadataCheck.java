// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;
import nl.afweging.model.Regelsoort;

/**
 * Every rule says what it is and why: an id, a naam, a grondslag and an uitleg, which every advies that the rule
 * takes part in shows; and no two rules share an id. A problem points at the rule, in a table at the cell.
 */
final class MetadataCheck {
    static final List<String> REQUIRED = List.of("id", "naam", "grondslag", "uitleg");

    private MetadataCheck() {}

    /** Adds a problem for every missing value and every id used before, in the order the rules are written. */
    static void check(List<ParsedRule> rules, List<LoadProblem> problems) {
        Map<String, Bron> bronById = new HashMap<>();
        for (ParsedRule rule : rules) {
            for (String key : REQUIRED) {
                String value = rule.meta(key);
                if (value == null || value.isBlank()) {
                    // In a parameter table the id is the parameter's name: say so, the table reads as data.
                    String parameter = key.equals("id") && rule.soort() == Regelsoort.PARAMETER
                            ? "; in een parametertabel is de id de naam van de parameter" : "";
                    // A table row is named by its own id, as the officer wrote it, never by Drools' rule name.
                    String wie = rule.isTabelregel()
                            ? CellCheck.rij(rule.tabel(), rule.tabel().metadata("id"), rule.rij()) + ": de rij"
                            : "regel '" + rule.naam() + "'";
                    problems.add(rule.bronVan(key).probleem(ProblemCode.METADATA_ONTBREEKT,
                            wie + " mist " + key + " (elke regel heeft een id, naam, grondslag en uitleg"
                                    + parameter + ")"));
                }
            }
            String id = rule.meta("id");
            if (id != null) {
                Bron earlier = bronById.putIfAbsent(id, rule.bron());
                if (earlier != null) {
                    problems.add(rule.bronVan("id").probleem(ProblemCode.ID_DUBBEL,
                            "id " + id + " komt twee keer voor (ook in " + earlier.tekst() + ")"));
                }
            }
        }
    }
}
