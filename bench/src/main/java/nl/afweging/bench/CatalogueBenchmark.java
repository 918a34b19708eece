// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import java.util.concurrent.TimeUnit;
import nl.afweging.Engine;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Advies;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full advice with a voorzieningen catalogue of {@value #ROWS} rows instead of the default one; compared with
 * {@link AdviceBenchmark#advice} it shows what a large municipal catalogue costs. Same warm-up as there.
 */
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 3, time = 1)
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CatalogueBenchmark {
    public static final int ROWS = 1000;

    private LargeCatalogue catalogue;
    private Engine engine;
    private Aanvraag[] aanvragen;

    @Setup
    public void load() {
        catalogue = LargeCatalogue.create(ROWS);
        engine = Engine.builder().rules(catalogue.folder()).build();
        aanvragen = BenchData.aanvragen();
    }

    @TearDown
    public void delete() {
        catalogue.close();
    }

    @Benchmark
    public Advies catalogue1000(Cursor cursor) {
        return engine.evaluate(aanvragen[cursor.next()]);
    }
}
