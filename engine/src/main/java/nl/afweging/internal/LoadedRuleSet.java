package nl.afweging.internal;

import java.util.Map;
import nl.afweging.model.Regelset;
import org.kie.api.KieBase;

/** A compiled rule set: the KieBase (built once, shared by every evaluation) and what is known of its rules. */
public record LoadedRuleSet(KieBase kieBase, Regelset regelset, Map<String, RegelInfo> regels,
                     Map<String, VoorzieningInfo> catalogus, Map<String, Integer> parameters) {

    RegelInfo regel(String ruleName) {
        RegelInfo info = regels.get(ruleName);
        if (info == null) {
            throw new IllegalStateException("Onbekende regel " + ruleName);
        }
        return info;
    }
}
