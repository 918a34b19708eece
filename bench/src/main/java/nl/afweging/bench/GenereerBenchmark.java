// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import nl.afweging.simulatie.Populatie;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@code genereer}: aanvragen drawn and written as JSON Lines, per second, as {@link Populatie#schrijf} does it
 * on every core. The bytes go to a sink that only counts them, so the figure is the generator's, not the disk's.
 */
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GenereerBenchmark {
    static final int REGELS = 100_000;

    private Populatie populatie;

    @Setup
    public void maak() {
        populatie = Populatie.builder().aantal(REGELS).zaad(BenchData.SEED).build();
    }

    /** One operation is one line: the score is lines per second. */
    @Benchmark
    @OperationsPerInvocation(REGELS)
    public void genereer(Blackhole bh) throws IOException {
        Teller teller = new Teller();
        populatie.schrijf(teller);
        bh.consume(teller.bytes);
    }

    /** Counts what it is given, so the JIT cannot drop the writing. */
    private static final class Teller extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
