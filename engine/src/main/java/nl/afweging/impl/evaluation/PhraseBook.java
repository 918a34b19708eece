// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.evaluation;

import java.util.HashMap;
import java.util.Map;
import nl.afweging.impl.ruleset.RuleInfo;

/**
 * The phrases of every rule with an id, by Drools rule name and by id, made once per engine: they depend only on
 * the rule's own words, so no advice builds them again.
 */
final class PhraseBook {
    private final Map<String, RulePhrases> byRuleName;
    private final Map<String, RulePhrases> byId;

    PhraseBook(Map<String, RuleInfo> rules) {
        Map<String, RulePhrases> byName = new HashMap<>();
        Map<String, RulePhrases> perId = new HashMap<>();
        rules.forEach((ruleName, r) -> {
            if (r.id() != null) {
                RulePhrases phrases = RulePhrases.van(r);
                byName.put(ruleName, phrases);
                perId.putIfAbsent(r.id(), phrases);
            }
        });
        this.byRuleName = Map.copyOf(byName);
        this.byId = Map.copyOf(perId);
    }

    RulePhrases of(String ruleName) {
        return byRuleName.get(ruleName);
    }

    /** The phrases of the rule with this id, or null. */
    RulePhrases ofId(String id) {
        return byId.get(id);
    }
}
