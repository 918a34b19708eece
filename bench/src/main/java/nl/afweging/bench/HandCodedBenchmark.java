// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import java.util.concurrent.TimeUnit;
import nl.afweging.model.Aanvraag;
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
 * The limit: the same decision in plain Java, without rule engine, validation or explanation. Plain Java is
 * compiled within a second or two, so the quick schedule is short.
 */
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HandCodedBenchmark {
    private final HandCodedKader kader = new HandCodedKader();
    private Aanvraag[] aanvragen;

    @Setup
    public void load() {
        aanvragen = BenchData.aanvragen();
    }

    @Benchmark
    public Uitkomst handCoded(Cursor cursor) {
        return kader.advise(aanvragen[cursor.next()]);
    }
}
