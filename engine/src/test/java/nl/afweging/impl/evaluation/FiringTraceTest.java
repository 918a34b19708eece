// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.runtime.rule.Match;

/** The guards of one evaluation, firing by firing: exactly {@code maxFirings} are allowed, and the clock is read every 8th. */
class FiringTraceTest {

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, String method, Object answer) {
        return (T) Proxy.newProxyInstance(FiringTraceTest.class.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
            if (m.getName().equals(method)) {
                return answer;
            }
            throw new UnsupportedOperationException(m.getName());
        });
    }

    private static BeforeMatchFiredEvent firing(String rule) {
        Match match = proxy(Match.class, "getRule", proxy(Rule.class, "getName", rule));
        return proxy(BeforeMatchFiredEvent.class, "getMatch", match);
    }

    @Test
    void exactlyMaxFiringsAreAllowedAndTheNextNamesItsRule() {
        FiringTrace trace = new FiringTrace(new Guards(3, Duration.ofMinutes(1)));
        trace.beforeMatchFired(firing("a"));
        trace.beforeMatchFired(firing("b"));
        trace.beforeMatchFired(firing("a"));
        assertThat(trace.fired()).containsExactly("a", "b");

        assertThatThrownBy(() -> trace.beforeMatchFired(firing("c")))
                .isInstanceOfSatisfying(FiringTrace.GuardTripped.class, t -> assertThat(t.ruleName).isEqualTo("c"))
                .hasMessageStartingWith("meer dan 3 keer een regel gevuurd");
    }

    @Test
    void theClockIsReadEveryEighthFiringAndTripsOnlyPastTheLimit() throws InterruptedException {
        FiringTrace late = new FiringTrace(new Guards(10_000, Duration.ofNanos(1)));
        Thread.sleep(2);
        for (int i = 1; i < 8; i++) {
            late.beforeMatchFired(firing("r" + i));
        }
        assertThatThrownBy(() -> late.beforeMatchFired(firing("r8")))
                .isInstanceOfSatisfying(FiringTrace.GuardTripped.class, t -> assertThat(t.ruleName).isEqualTo("r8"))
                .hasMessage("langer dan 0 ms bezig");

        FiringTrace inTime = new FiringTrace(new Guards(10_000, Duration.ofMinutes(1)));
        for (int i = 1; i <= 64; i++) {
            inTime.beforeMatchFired(firing("r" + i));
        }
        assertThat(inTime.fired()).hasSize(64);
    }

    @Test
    void guardsRefuseNoFiringsAndNoTime() {
        assertThatThrownBy(() -> new Guards(0, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Guards(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Guards(1, Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Guards(1, Duration.ofNanos(1)).maxFirings()).isEqualTo(1);
    }
}
