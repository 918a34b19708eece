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
    public BatchLine {
        fouten = List.copyOf(fouten);
    }

    /** A line with every problem listed. */
    public BatchLine(long regelnummer, Advies advies, List<Fout> fouten, String json) {
        this(regelnummer, advies, fouten, json, 0);
    }

    /** True when the line gave an advies. */
    public boolean isAdvies() {
        return advies != null;
    }
}
