// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import static org.assertj.core.api.Assertions.assertThat;

import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;
import org.junit.jupiter.api.Test;

/** Whatever stops a load that no check names is one LADEN_MISLUKT problem in words, never a stack trace. */
class LoadFailureTest {
    @Test
    void anErrorOfTheJvmIsAProblemThatSaysWhatToDo() {
        LoadProblem stack = LoadFailure.problem(new StackOverflowError());
        assertThat(stack.code()).isEqualTo(ProblemCode.LADEN_MISLUKT);
        assertThat(stack.melding()).contains("te diep genest", "StackOverflowError");
        assertThat(LoadFailure.problem(new OutOfMemoryError("Java heap space")).melding()).contains("niet genoeg geheugen");
    }

    @Test
    void anUnexpectedExceptionIsNamedInOneShortLine() {
        LoadProblem problem = LoadFailure.problem(new IllegalStateException("x".repeat(1_000) + "\n\tat ergens.Anders"));
        assertThat(problem.code()).isEqualTo(ProblemCode.LADEN_MISLUKT);
        assertThat(problem.melding()).startsWith("Het laden liep vast op een onverwachte fout: IllegalStateException: ")
                .doesNotContain("\tat ").doesNotContain("\n").hasSizeLessThan(400);
    }
}
