// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import java.util.List;
import java.util.Locale;

/**
 * One goal of issues #4, #12, #13 and #15 checked against a run: "what" is the figure as the JSON names it, "goal" the bound it
 * must meet. The report lists every target with its measured value, so a reader sees at once what is met.
 */
public record Target(String what, String goal, double measured, boolean met) {

    static Target atLeast(String what, double measured, double bound) {
        return new Target(what, ">= " + format(bound), measured, measured >= bound);
    }

    static Target atMost(String what, double measured, double bound) {
        return new Target(what, "<= " + format(bound), measured, measured <= bound);
    }

    /** Every target of the issue, from the figures of one run. */
    static List<Target> of(double advice, double advice2, double json, double ladder, double legacy, double feel,
                           double slowdown, double catalogueVsCamunda, LoadFigures load, double genereer, double allocation) {
        return List.of(
                // Issue #15 raised the bars of issue #4: two threads 1.8x, JSON 35,000/s, the 1,000-row catalogue at
                // most 1.2x, and the ladder at 0.95x Camunda's legacy FEEL (a Drools execution has a floor of its own).
                atLeast("adviceOpsPerSec", advice, 50_000),
                atLeast("adviceOpsPerSec2Threads / adviceOpsPerSec", advice2 / advice, 1.8),
                atLeast("adviceJsonOpsPerSec", json, 35_000),
                atLeast("ladder.engine / ladder.camundaLegacyFeel", ladder / legacy, 0.95),
                atLeast("ladder.engine / ladder.camundaDefaultFeel", ladder / feel, 100),
                atMost("catalogue1000Slowdown", slowdown, 1.2),
                // The engine's full advice against Camunda's lookups alone, on the same 1,000-row catalogue.
                atLeast("catalogue1000OpsPerSec / catalogue1000CamundaOpsPerSec", catalogueVsCamunda, 100),
                atMost("allocBytesPerAdvice", allocation, 25_000),
                atMost("decideColdMs", load.decideColdMs(), 2_000),
                // Issue #15: ./afweging decide with its AppCDS archive made and the cache filled.
                atMost("decideWarmMs", load.decideWarmMs(), 600),
                atMost("coldLoadMs", load.coldLoadMs(), 4_000),
                atMost("cacheMissLoadMs", load.cacheMissLoadMs(), 4_000),
                atMost("heapAfterLoadMb", load.heapAfterLoadMb(), 64),
                // Issue #12: a synthetic population of a million aanvragen in a few seconds.
                atLeast("genereerLinesPerSec", genereer, 200_000),
                // Issue #12: simulate of 1,000,000 aanvragen in at most 60 s under -Xmx256m, as a rate (a quick run has fewer).
                atLeast("simulateLinesPerSec", load.simulate().linesPerSec(), 1_000_000 / 60.0),
                // Issue #13: serve ready in under 3 s from the cache; POST /adviezen at 32 connections, client and server
                // on these two cores; no failed request while the rules are reloaded under that load.
                // Issue #15 lowered serve's start from 3 s to 1.5 s.
                atMost("serve.readyMs", load.service().readyMs(), 1_500),
                atLeast("serve.adviezenPerSec", load.service().load().perSecond(), 10_000),
                atMost("serve.p99Ms", load.service().load().p99Ms(), 25),
                atMost("serve.failuresDuringReloads", load.service().underReload().failures(), 0));
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
