// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import java.util.List;
import nl.afweging.model.LoadProblem;

/** A rule set could not be loaded; {@link #problems()} lists every problem found, each with its place. */
public final class RuleSetLoadException extends RuntimeException {
    /** Every problem found, each with its place. */
    private final List<LoadProblem> problems;

    /**
     * A rule set that could not be loaded.
     *
     * @param problems every problem found
     */
    public RuleSetLoadException(List<LoadProblem> problems) {
        super(format(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found, each with its file and line (or table row and column).
     *
     * @return the problems, unmodifiable
     */
    public List<LoadProblem> problems() {
        return problems;
    }

    private static String format(List<LoadProblem> problems) {
        StringBuilder s = new StringBuilder("De regelset kan niet worden geladen (" + problems.size()
                + (problems.size() == 1 ? " probleem):" : " problemen):"));
        problems.forEach(p -> s.append(System.lineSeparator()).append("  ").append(p));
        return s.toString();
    }
}
