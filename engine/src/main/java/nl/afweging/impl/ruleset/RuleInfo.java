// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.afweging.model.Regel;
import nl.afweging.model.Regelsoort;

/**
 * What the engine knows of one rule: its metadata as written in the rule file, where it is written
 * ({@code plaats}), what kind of rule it is and which aanvraag fields it reads.
 */
public record RuleInfo(String ruleName, String id, String naam, String grondslag, String uitleg, Bron plaats,
                       Regelsoort soort, Set<String> leest, Map<String, String> metadata) {

    /** Where the rule is written, as an advies shows it ({@code ladder.drl.csv:14}). */
    public String bron() {
        return plaats.tekst();
    }

    public Regel beschrijving() {
        return new Regel(id, naam, grondslag, uitleg, bron(), soort, List.copyOf(leest));
    }
}
