// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.util.List;
import nl.afweging.model.LoadProblem;

/** A rule set did not load; the face turns this into {@code RuleSetLoadException}, which belongs to the API. */
public final class RuleSetProblems extends RuntimeException {
    private final List<LoadProblem> problems;

    public RuleSetProblems(List<LoadProblem> problems) {
        super(problems.size() + " problemen", null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<LoadProblem> problems() {
        return problems;
    }
}
