// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.replay;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.afweging.model.Regel;
import nl.afweging.model.Regelsoort;

/**
 * Rule coverage of a replay ({@code ./afweging replay fixtures --coverage}): for every beslisregel of the rule
 * set, how many cases fired it, and which rules no case fires, so a rule without a test case stands out.
 */
public final class Coverage {
    private final Map<String, Long> perRule = new LinkedHashMap<>();

    /**
     * Counts the beslisregels among these rules, in their order.
     *
     * @param regels the rule set's rules
     */
    public Coverage(List<Regel> regels) {
        regels.stream().filter(r -> r.soort() == Regelsoort.BESLISREGEL).forEach(r -> perRule.put(r.id(), 0L));
    }

    /**
     * Counts the rules one replayed case fired.
     *
     * @param replayed the case
     */
    public void add(ReplayCase replayed) {
        replayed.gevuurd().stream().distinct().forEach(id -> perRule.computeIfPresent(id, (k, n) -> n + 1));
    }

    /**
     * Every rule id with the number of cases that fired it.
     *
     * @return the count per rule id
     */
    public Map<String, Long> perRegel() {
        return Map.copyOf(perRule);
    }

    /**
     * The ids in the rule set's order, for a report.
     *
     * @return the rule ids
     */
    public List<String> ids() {
        return List.copyOf(perRule.keySet());
    }

    /**
     * The rules no case fired, in the rule set's order.
     *
     * @return their ids
     */
    public List<String> nietGedekt() {
        return perRule.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
    }

    /**
     * The share of rules that at least one case fired, 0 to 100.
     *
     * @return the percentage covered
     */
    public double percentage() {
        return perRule.isEmpty() ? 100.0 : 100.0 * (perRule.size() - nietGedekt().size()) / perRule.size();
    }
}
