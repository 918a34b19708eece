// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.afweging.Json;
import nl.afweging.impl.ruleset.LoadedRuleSet;
import nl.afweging.impl.ruleset.ParsedRuleSet;
import nl.afweging.impl.ruleset.RuleInfo;
import nl.afweging.impl.ruleset.RuleSetLoader;
import nl.afweging.impl.ruleset.RuleSource;
import nl.afweging.model.Aanvraag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.rule.Match;

/**
 * How whatever a rule set throws becomes the evaluation's failure, naming the rule where it can be known. No rule a
 * rule set may contain today recurses, so a StackOverflowError of a rule is shown here by handing it to the mapping
 * as the session would throw it; the hostile rule sets (vijandige-regels 16, 19, 20) show the rest through the engine.
 */
class FailureMappingTest {
    private static LoadedRuleSet ruleSet;
    private static Evaluator evaluator;
    private static Aanvraag aanvraag;
    private static String ruleName;
    private static RuleInfo rule;

    @BeforeAll
    static void load() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(root.resolve("rules")) || !Files.isDirectory(root.resolve("fixtures"))) {
            root = root.getParent();
        }
        ruleSet = RuleSetLoader.load(ParsedRuleSet.of(RuleSource.fromDirectory(root.resolve("rules/2026.1"))));
        evaluator = new Evaluator(ruleSet, "test");
        aanvraag = Json.readAanvraag(Files.readString(root.resolve("examples/aanvraag-wmo.json")));
        ruleName = ruleSet.regels().keySet().iterator().next();
        rule = ruleSet.regels().get(ruleName);
    }

    private static FiringTrace trace() {
        return new FiringTrace(new Guards(10_000, Duration.ofMinutes(1)));
    }

    @Test
    void aStackOverflowWhileAnActionRunsIsThatRulesFailureOnOneLine() {
        FiringTrace trace = trace();
        trace.beforeMatchFired(firing(ruleName));

        EvaluationFailure failure = evaluator.failure(new StackOverflowError(), trace, aanvraag);

        assertThat(failure.regelId()).isEqualTo(rule.id());
        assertThat(failure.bron()).isEqualTo(rule.bron()).isNotBlank();
        assertThat(failure.getMessage()).isEqualTo("regel " + rule.id() + " (" + rule.bron() + ") faalde bij aanvraag " + aanvraag.id()
                + ": StackOverflowError (de regel gaat te diep: hij roept te veel in elkaar aan)");
    }

    @Test
    void aConditionThatFailsIsTheRuleDroolsNamesWithWhatWasThrownAtTheRoot() {
        RuntimeException drools = new RuntimeException("Error evaluating constraint 'x / 0 > 1' in [Rule \"niet van deze set\", \""
                + ruleName + "\" in regels.drl]\nmeer tekst", new IllegalStateException("omhulsel", new ArithmeticException("/ by zero")));

        EvaluationFailure failure = evaluator.failure(drools, trace(), aanvraag);

        assertThat(failure.regelId()).isEqualTo(rule.id());
        assertThat(failure.getMessage()).endsWith(": een voorwaarde gaf ArithmeticException / by zero").doesNotContain("\n");
    }

    @Test
    void anErrorOutsideAnyActionThatDroolsDoesNotPlaceSaysNoRuleCanBeNamed() {
        EvaluationFailure failure = evaluator.failure(new OutOfMemoryError("Java heap space"), trace(), aanvraag);

        assertThat(failure.regelId()).isNull();
        assertThat(failure.bron()).isNull();
        assertThat(failure.getMessage()).isEqualTo("een voorwaarde van een regel faalde bij aanvraag " + aanvraag.id()
                + " (welke regel, is niet uit Drools op te maken): OutOfMemoryError (de regel vraagt meer geheugen dan er is: Java heap space)");
    }

    @Test
    void theWatchdogMarksAnEvaluationPastItsDeadlineAndItsNextInsertStopsIt() {
        FiringTrace trace = new FiringTrace(new Guards(10_000, Duration.ofMillis(50)));
        Watchdog.Watched watched = Watchdog.watch(trace, "test", Duration.ofMillis(50).toNanos());
        try {
            trace.beforeMatchFired(firing(ruleName));
            Watchdog.check(trace.deadline - 1);
            trace.objectInserted(inserted());
            assertThat(trace.isExpired()).isFalse();

            Watchdog.check(trace.deadline + 1);
            assertThat(trace.isExpired()).isTrue();
            // Within the same firing: the rule's next insert is where it stops.
            assertThatThrownBy(() -> trace.objectInserted(inserted()))
                    .isInstanceOfSatisfying(FiringTrace.GuardTripped.class, t -> assertThat(t.ruleName).isEqualTo(ruleName))
                    .hasMessage("langer dan 50 ms bezig");
        } finally {
            Watchdog.release(watched);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, String method, Object answer) {
        return (T) Proxy.newProxyInstance(FailureMappingTest.class.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
            if (m.getName().equals(method)) {
                return answer;
            }
            throw new UnsupportedOperationException(m.getName());
        });
    }

    private static BeforeMatchFiredEvent firing(String rule) {
        return proxy(BeforeMatchFiredEvent.class, "getMatch", proxy(Match.class, "getRule", proxy(Rule.class, "getName", rule)));
    }

    /** An insert by no rule (as the session's own inserts of the facts): nothing is recorded. */
    private static ObjectInsertedEvent inserted() {
        return proxy(ObjectInsertedEvent.class, "getRule", null);
    }
}
