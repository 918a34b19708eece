// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.afweging.impl.ruleset.PastTheChecks;
import nl.afweging.model.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate}, compiling and loading run no rule code: only an advice fires rules. Shown with a rule whose action
 * writes a file: refused by the checks, and compiled past them (as a bug in a check would let it through) so that its
 * action can be seen to run at the first advice, and at no moment before.
 */
class RuleCodeRunsOnlyInAnAdviceTest {
    @TempDir
    Path dir;

    @Test
    void noStepBeforeAnAdviceRunsAnAction() throws Exception {
        Path spoor = dir.resolve("spoor");
        Path rules = BrokenRules.create(BrokenRules.copy(Files.createDirectories(dir.resolve("regels"))), "spoor.drl", """
                package nl.afweging.regels;
                import nl.afweging.feiten.*;

                rule "X8 spoor"
                    @id(X8)
                    @naam("Spoor")
                    @grondslag("test")
                    @uitleg("Een regel die een bestand schrijft als hij vuurt.")
                when
                    Casus()
                then
                    java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), "gevuurd");
                end
                """.formatted(spoor));

        assertThat(RuleSetCheck.check(rules).bevindingen()).extracting(f -> f.code()).contains(ProblemCode.NIET_TOEGESTAAN);
        assertThat(spoor).as("validate").doesNotExist();

        Path cache = Files.createDirectories(dir.resolve("cache"));
        PastTheChecks.compileInto(rules, cache);
        assertThat(spoor).as("compiling").doesNotExist();
        Engine engine = Engine.builder().rules(rules).cache(cache).build();
        assertThat(spoor).as("loading").doesNotExist();

        engine.evaluate(Files.readString(TestEngines.root().resolve("examples/aanvraag-wmo.json")));
        assertThat(spoor).as("the first advice fires the rule").hasContent("gevuurd");
    }
}
