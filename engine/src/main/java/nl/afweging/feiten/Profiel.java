// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.feiten;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import nl.afweging.model.Leefgebied;

/**
 * The ZRM scores of the aanvraag and what follows from them. Leefgebieden without a score are "not
 * assessed" and count nowhere. Which score counts as "beperkt" or "niet zelfredzaam" is said in the rule
 * file ({@code aantalTotEnMet(3)}), not here.
 */
public final class Profiel {
    private final Map<Leefgebied, Integer> scores;
    private final int laagsteScore;

    /**
     * The profile of these scores.
     *
     * @param scores the ZRM scores by leefgebied
     */
    public Profiel(Map<Leefgebied, Integer> scores) {
        this.scores = scores.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(scores));
        this.laagsteScore = scores.values().stream().mapToInt(Integer::intValue).min().orElse(0);
    }

    /**
     * Every score, by leefgebied.
     *
     * @return the scores
     */
    @Leest("zrm")
    public Map<Leefgebied, Integer> getScores() { return scores; }

    /**
     * True when at least one leefgebied was scored.
     *
     * @return whether there are scores
     */
    @Leest("zrm")
    public boolean isHeeftScores() { return !scores.isEmpty(); }

    /**
     * The lowest score present ({@code m} in the afwegingskader); 0 when nothing was scored.
     *
     * @return the lowest score, or 0
     */
    @Leest("zrm")
    @Bereik(van = 1, totEnMet = 5)
    public int getLaagsteScore() { return laagsteScore; }

    /**
     * How many leefgebieden score at or below {@code score} ({@code k3} is {@code aantalTotEnMet(3)}).
     *
     * @param score the highest score that counts
     * @return the number of leefgebieden
     */
    @Leest("zrm")
    public int aantalTotEnMet(int score) {
        int n = 0;
        for (int s : scores.values()) {
            if (s <= score) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether at least {@code aantal} leefgebieden score at or below {@code score}: "meervoudig" is
     * {@code heeftMinstens(meervoudigVanaf, 3)}. One boolean method, so a decision-table cell can compare it
     * with true or false without operator-precedence traps.
     *
     * @param aantal how many leefgebieden
     * @param score the highest score that counts
     * @return whether enough leefgebieden score that low
     */
    @Leest("zrm")
    public boolean heeftMinstens(int aantal, int score) {
        return aantalTotEnMet(score) >= aantal;
    }

    /**
     * The score of one leefgebied; 0 when it was not assessed.
     *
     * @param leefgebied the leefgebied
     * @return its score, or 0
     */
    @Leest("zrm")
    public int score(Leefgebied leefgebied) {
        return scores.getOrDefault(leefgebied, 0);
    }
}
