// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.evaluation;

import java.time.Duration;

/**
 * The bounds of one evaluation: at most {@code maxFirings} rule firings and {@code timeLimit} of evaluating (see
 * {@link Watchdog} for what the time limit can stop). The default rule set fires about 25 rules per advice in well
 * under a millisecond, so the defaults only stop a rule set that loops (a rule that changes a fact its own conditions
 * read, without {@code no-loop}) or does far more work than an advice needs.
 */
public record Guards(int maxFirings, Duration timeLimit) {
    public static final Guards DEFAULT = new Guards(10_000, Duration.ofSeconds(2));

    public Guards {
        if (maxFirings < 1 || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("maxFirings moet minstens 1 zijn en timeLimit positief");
        }
    }
}
