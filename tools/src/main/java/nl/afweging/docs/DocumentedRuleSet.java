// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.docs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.afweging.impl.ruleset.LoadedRuleSet;
import nl.afweging.impl.ruleset.ParsedRule;
import nl.afweging.impl.ruleset.ParsedRuleSet;
import nl.afweging.impl.ruleset.tables.DecisionTable;
import nl.afweging.model.Regel;
import nl.afweging.model.Regelset;
import nl.afweging.model.Regelsoort;

/**
 * What the documentation is made of: the manifest and hash, every rule as {@code Engine.regels()} gives it, the
 * parameter values, and the rules as written (decision-table rows and DRL text, from the one reading of the files
 * the rule set was loaded from), so a rule's conditions can be shown as they are written.
 */
record DocumentedRuleSet(Regelset regelset, String beschrijving, List<Regel> regels, Map<String, Integer> parameters,
                         List<String> bestanden, Map<String, List<DecisionTable>> tabellen, Map<String, ParsedRule> geschreven) {

    /** One rule of a decision table: the table and the rule's row. */
    record TableRule(DecisionTable table, DecisionTable.Row row) {}

    static DocumentedRuleSet of(ParsedRuleSet parsed, LoadedRuleSet loaded) {
        // A loaded rule set has unique ids, so a rule's id finds it as written.
        Map<String, ParsedRule> byId = new HashMap<>();
        parsed.regels().stream().filter(r -> r.meta("id") != null).forEach(r -> byId.put(r.meta("id"), r));
        return new DocumentedRuleSet(loaded.regelset(), loaded.beschrijving(), loaded.regelsInBronvolgorde(),
                Map.copyOf(loaded.parameters()), parsed.bestanden(), parsed.tabellen(), Map.copyOf(byId));
    }

    List<Regel> vanSoort(Regelsoort soort) {
        return regels.stream().filter(r -> r.soort() == soort).toList();
    }

    /** The file a rule is written in ("ladder.drl.csv"). */
    String bestand(Regel regel) {
        return alsGeschreven(regel).bron().bestand();
    }

    /** The decision-table row a rule was generated from; empty for a DRL rule. */
    Optional<TableRule> tabelregel(Regel regel) {
        ParsedRule rule = alsGeschreven(regel);
        return rule.isTabelregel() ? Optional.of(new TableRule(rule.tabel(), rule.rij())) : Optional.empty();
    }

    /** The conditions and actions of a DRL rule as written, from its {@code when} up to its {@code end}; empty for a table rule. */
    Optional<String> drlTekst(Regel regel) {
        return Optional.ofNullable(alsGeschreven(regel).tekst());
    }

    /** The parameters a rule reads, by name, in its {@code leest} order. */
    static List<String> gelezenParameters(Regel regel) {
        return regel.leest().stream().filter(p -> p.startsWith("parameter.")).map(p -> p.substring("parameter.".length())).toList();
    }

    /** The aanvraag fields a rule reads (its {@code leest} without the parameters). */
    static List<String> gelezenVelden(Regel regel) {
        return regel.leest().stream().filter(p -> !p.startsWith("parameter.")).toList();
    }

    private ParsedRule alsGeschreven(Regel regel) {
        ParsedRule rule = geschreven.get(regel.id());
        if (rule == null) {
            throw new IllegalStateException("Regel " + regel.id() + " staat niet in de gelezen regelbestanden");
        }
        return rule;
    }
}
