package nl.afweging.impl.ruleset;

import java.util.List;
import nl.afweging.model.LoadProblem;

/**
 * A rule set did not load: every problem found, each with its place. The API turns it into its own
 * {@code RuleSetLoadException}; this package never reaches up to it.
 */
public final class RuleSetLoadFailure extends RuntimeException {
    private final List<LoadProblem> problems;

    RuleSetLoadFailure(List<LoadProblem> problems) {
        super(problems.size() + (problems.size() == 1 ? " probleem" : " problemen") + " in de regelset");
        this.problems = List.copyOf(problems);
    }

    public List<LoadProblem> problems() {
        return problems;
    }
}
