// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import java.util.List;
import nl.afweging.model.LoadProblem;

/** A rule set could not be loaded; {@link #problems()} lists every problem found, each with its place. */
public final class RuleSetLoadException extends RuntimeException {
    private final List<LoadProblem> problems;

    public RuleSetLoadException(List<LoadProblem> problems) {
        super(format(problems));
        this.problems = List.copyOf(problems);
    }

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
