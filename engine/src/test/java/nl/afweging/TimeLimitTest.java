// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.afweging.impl.ruleset.PastTheChecks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The time limit of one advice ({@link Engine.Builder#timeLimit}) inside a single firing. No action a rule set may hold
 * takes long (SECURITY.md, "Cost bounded by the facts"), so these rules are refused by validate and compiled here past
 * the checks, as a bug in a check would let them through. The watchdog stops an action at its next insert; an action
 * that only computes cannot be stopped, and fails the advice when its firing ends.
 */
class TimeLimitTest {
    private static final String L = "List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)";

    @TempDir
    static Path dir;
    private static String wmo;
    private static String jeugd;

    @BeforeAll
    static void read() throws Exception {
        wmo = Files.readString(TestEngines.root().resolve("examples/aanvraag-wmo.json"));
        jeugd = Files.readString(TestEngines.root().resolve("examples/aanvraag-jeugd.json"));
    }

    private static Engine engine(String name, String then, Duration limit) throws Exception {
        Path rules = BrokenRules.create(BrokenRules.copy(Files.createDirectories(dir.resolve(name))), "traag.drl", """
                package nl.afweging.regels;
                import nl.afweging.feiten.*;
                import java.util.List;

                rule "X7 traag"
                    @id(X7)
                    @naam("Traag")
                    @grondslag("test")
                    @uitleg("Een regel die in één keer vuren lang bezig is.")
                when
                    Casus(leeftijd == 45)
                then
                """ + then.replace("L", L) + "\nend\n");
        // The checks refuse such an action (loops over a list of its own, nested): it cannot be written in a rule set.
        assertThat(RuleSetCheck.check(rules).bevindingen()).as("validate refuses it").isNotEmpty()
                .allSatisfy(p -> assertThat(p.code()).isEqualTo(nl.afweging.model.ProblemCode.NIET_TOEGESTAAN));
        // As a bug in a check would let it through: compiled without them, into the cache the engine trusts.
        Path cache = Files.createDirectories(dir.resolve(name + "-cache"));
        PastTheChecks.compileInto(rules, cache);
        return Engine.builder().rules(rules).cache(cache).timeLimit(limit).build();
    }

    /** 3.2 million inserts in one firing: stopped at the first insert after the limit, long before the loop ends. */
    @Test
    void anActionThatInsertsIsStoppedWithinItsFiring() throws Exception {
        Engine engine = engine("inserts", "for (Integer a : L) { for (Integer b : L) { for (Integer c : L) { for (Integer d : L) {"
                + " for (Integer e : L) { insert(new Spoed()); } } } } }", Duration.ofMillis(200));

        long start = System.nanoTime();
        EvaluationException stopped = catchThrowableOfType(() -> engine.evaluate(wmo), EvaluationException.class);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(stopped).isNotNull();
        assertThat(stopped.regelId()).isEqualTo("X7");
        assertThat(stopped.bron()).isEqualTo("traag.drl:5");
        assertThat(stopped.getMessage()).endsWith(": langer dan 200 ms bezig");
        assertThat(millis).as("stopped near the limit, not at the loop's end").isLessThan(2_000);
        // The pooled session is whole again: another aanvraag (not 45) gets its advice.
        assertThat(engine.evaluate(jeugd).niveau()).isEqualTo(TestEngines.standaard().evaluate(jeugd).niveau());
    }

    /**
     * 64 million steps of arithmetic in one action make no call the watchdog can act on: the action runs to its end,
     * and the advice fails there. This is the limit of what can be stopped in Drools 10.2 (see SECURITY.md).
     */
    @Test
    void anActionThatOnlyComputesRunsToItsEndAndThenFails() throws Exception {
        Engine engine = engine("rekenen", "int n = 0;\nfor (Integer a : L) { for (Integer b : L) { for (Integer c : L) {"
                + " for (Integer d : L) { for (Integer e : L) { for (Integer f : L) { n = n + a * b - c; } } } } } }",
                Duration.ofMillis(100));

        long start = System.nanoTime();
        EvaluationException stopped = catchThrowableOfType(() -> engine.evaluate(wmo), EvaluationException.class);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(stopped).isNotNull();
        assertThat(stopped.regelId()).isEqualTo("X7");
        assertThat(stopped.getMessage()).endsWith(": langer dan 100 ms bezig");
        assertThat(millis).as("ran well past the limit: nothing stops pure computation").isGreaterThan(400);
    }
}
