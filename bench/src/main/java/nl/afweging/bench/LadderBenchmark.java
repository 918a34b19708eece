// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.afweging.model.Leefgebied;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The ZRM ladder alone (L0–L5), so Drools can be compared with a peer DMN engine on the same small decision
 * table. Every implementation gets the aanvraag's ZRM scores and derives m, k3 and k2 itself, per request.
 * Each state is built only in the forks of the benchmark that needs it. The quick schedule is set per method
 * ({@code --full} overrides it): the rule engines need far longer to warm up than plain Java.
 */
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LadderBenchmark {

    @State(Scope.Benchmark)
    public static class Scores {
        Map<Leefgebied, Integer>[] zrm;

        @Setup
        public void load() {
            zrm = BenchData.zrm(BenchData.aanvragen());
        }
    }

    @State(Scope.Benchmark)
    public static class Drools {
        DroolsLadder ladder;

        @Setup
        public void load() {
            ladder = new DroolsLadder();
        }
    }

    @State(Scope.Benchmark)
    public static class CamundaLegacyFeel {
        CamundaLadder ladder;

        @Setup
        public void load() {
            ladder = new CamundaLadder(true);
        }
    }

    @State(Scope.Benchmark)
    public static class CamundaDefaultFeel {
        CamundaLadder ladder;

        @Setup
        public void load() {
            ladder = new CamundaLadder(false);
        }
    }

    @Benchmark
    @Warmup(iterations = 4, time = 2)
    public LadderUitkomst engine(Scores scores, Drools drools, Cursor cursor) {
        return drools.ladder.evaluate(scores.zrm[cursor.next()]);
    }

    @Benchmark
    @Warmup(iterations = 4, time = 1)
    public LadderUitkomst camundaLegacyFeel(Scores scores, CamundaLegacyFeel camunda, Cursor cursor) {
        return camunda.ladder.evaluate(LadderInput.of(scores.zrm[cursor.next()]));
    }

    /** Camunda 7 re-parses every FEEL expression on each evaluation (camunda/feel-scala#1149), hence the gap. */
    @Benchmark
    @Warmup(iterations = 4, time = 2)
    public LadderUitkomst camundaDefaultFeel(Scores scores, CamundaDefaultFeel camunda, Cursor cursor) {
        return camunda.ladder.evaluate(LadderInput.of(scores.zrm[cursor.next()]));
    }

    @Benchmark
    @Warmup(iterations = 3, time = 1)
    public LadderUitkomst handCoded(Scores scores, Cursor cursor) {
        return HandCodedLadder.evaluate(LadderInput.of(scores.zrm[cursor.next()]));
    }
}
