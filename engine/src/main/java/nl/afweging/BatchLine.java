// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import java.util.List;
import nl.afweging.model.Advies;
import nl.afweging.model.Fout;

/**
 * The outcome of one line of a batch ({@link Engine#evaluateLines}): the advies, or every problem with the line
 * (never both), with the line's number in the input and the outcome as one compact JSON line: the advies, or
 * {@code {"regel": N, "fouten": [...]}} as the contract's batch output says (with {@code "meer": M} when more
 * problems were found than the 50 listed). {@code meer} counts those problems beyond {@code fouten}.
 */
public record BatchLine(long regelnummer, Advies advies, List<Fout> fouten, String json, long meer) {
    /**
     * Keeps an unmodifiable copy of {@code fouten}.
     *
     * @param regelnummer the line's number in the input, from 1
     * @param advies the advies, or null
     * @param fouten the problems, or none
     * @param json the outcome as one compact JSON line
     * @param meer how many problems were found beyond {@code fouten}
     */
    public BatchLine {
        fouten = List.copyOf(fouten);
    }

    /**
     * A line with every problem listed.
     *
     * @param regelnummer the line's number in the input, from 1
     * @param advies the advies, or null
     * @param fouten the problems, or none
     * @param json the outcome as one compact JSON line
     */
    public BatchLine(long regelnummer, Advies advies, List<Fout> fouten, String json) {
        this(regelnummer, advies, fouten, json, 0);
    }

    /**
     * True when the line gave an advies.
     *
     * @return whether there is an advies
     */
    public boolean isAdvies() {
        return advies != null;
    }
}
