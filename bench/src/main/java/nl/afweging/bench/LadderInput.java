// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import java.util.Map;
import nl.afweging.model.Leefgebied;

/**
 * The derived ZRM facts the ladder reads: whether anything was scored, the lowest score {@code m}, and how
 * many leefgebieden score 3 or lower ({@code k3}) and 2 or lower ({@code k2}). Missing leefgebieden are
 * "not assessed" and count nowhere.
 */
public record LadderInput(boolean heeftScores, int m, int k3, int k2) {

    public static LadderInput of(Map<Leefgebied, Integer> zrm) {
        int m = Integer.MAX_VALUE;
        int k3 = 0;
        int k2 = 0;
        for (int score : zrm.values()) {
            m = Math.min(m, score);
            if (score <= 3) {
                k3++;
            }
            if (score <= 2) {
                k2++;
            }
        }
        boolean heeftScores = !zrm.isEmpty();
        return new LadderInput(heeftScores, heeftScores ? m : 0, k3, k2);
    }
}
