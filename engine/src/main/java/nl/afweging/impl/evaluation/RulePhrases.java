// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.evaluation;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import nl.afweging.impl.ruleset.RuleInfo;
import nl.afweging.model.Niveau;

/**
 * The phrases an advies uses for one rule, filled in once when the rule set loads: they depend only on the
 * rule's own naam, id and uitleg (and the level it asks for), so no advice needs to build them again.
 */
record RulePhrases(String alsReden, String naamMetId, Map<Niveau, String> vraagtMinstens) {

    static RulePhrases van(RuleInfo r) {
        Map<Niveau, String> minstens = new EnumMap<>(Niveau.class);
        for (Niveau niveau : Niveau.values()) {
            minstens.put(niveau, Phrases.tekst("reden.vraagtMinstens", r.naam(), r.id(), Phrases.kort(niveau), r.uitleg()));
        }
        String naam = r.naam() == null ? r.id() : r.naam().toLowerCase(Locale.ROOT) + " (" + r.id() + ")";
        return new RulePhrases(Phrases.tekst("reden.regel", r.naam(), r.id(), r.uitleg()), naam, minstens);
    }
}
