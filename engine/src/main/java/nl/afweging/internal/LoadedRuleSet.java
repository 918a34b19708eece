package nl.afweging.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.afweging.model.Regel;
import nl.afweging.model.Regelset;
import org.kie.api.KieBase;

/**
 * A compiled rule set: the KieBase (built once, shared by every evaluation) and what is known of its rules.
 * {@code beschrijving} is the manifest's optional description (null when absent).
 */
public record LoadedRuleSet(KieBase kieBase, Regelset regelset, String beschrijving, Map<String, RegelInfo> regels,
                     Map<String, VoorzieningInfo> catalogus, Map<String, Integer> parameters) {

    /** File name, then line: "ladder.drl.csv:9" before "ladder.drl.csv:10". */
    private static final Comparator<Regel> BY_SOURCE = Comparator
            .comparing((Regel r) -> r.bron().replaceFirst(":\\d+$", ""))
            .thenComparingInt(r -> r.bron().matches(".*:\\d+$") ? Integer.parseInt(r.bron().replaceFirst(".*:", "")) : 0);

    RegelInfo regel(String ruleName) {
        RegelInfo info = regels.get(ruleName);
        if (info == null) {
            throw new IllegalStateException("Onbekende regel " + ruleName);
        }
        return info;
    }

    /** Every rule as the public API describes it, in the order of its files and lines (as the engine and the docs list them). */
    public List<Regel> regelsInBronvolgorde() {
        return regels.values().stream().map(RegelInfo::beschrijving).sorted(BY_SOURCE).toList();
    }
}
