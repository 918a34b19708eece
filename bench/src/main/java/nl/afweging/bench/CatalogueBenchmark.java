// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import java.util.Map;
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
 * A voorzieningen catalogue of {@value #ROWS} rows ({@link LargeCatalogue}) instead of the default one, in the
 * engine and in a peer DMN engine.
 *
 * <ul>
 *   <li>{@link #catalogue1000}: the engine's full advice for one aanvraag with the large catalogue (ZRM ladder,
 *       floors, ceilings, the closing rule, the catalogue rows matched by hashed equality on niveau, soort and
 *       gemeente, and the {@code Advies} with its route and explanation). Compared with
 *       {@link AdviceBenchmark#advice} it shows what a large municipal catalogue costs.</li>
 *   <li>{@link #catalogue1000WithoutAlphaNetworkCompiler}: the same without the cache of compiled rule sets, so on
 *       Drools' own alpha network; {@link #catalogue1000} loads from the cache, as the command line and the service do,
 *       where the catalogue's network is too large to compile and the smaller ones are compiled.</li>
 *   <li>{@link #camunda1000}: the same {@value #ROWS} rows as a DMN decision table (hit policy COLLECT, legacy
 *       FEEL) on Camunda 7 ({@link CamundaCatalogue}), and only the catalogue lookups of one aanvraag: one
 *       evaluation per soort of its hulpvraag, at the niveau the engine advised (worked out once, in setup), for
 *       its gemeente. It yields the same voorzieningen (code and collectief) as the engine's advice, which
 *       {@code CamundaCatalogueTest} checks. Camunda does far less per operation than the engine, so the ratio
 *       of the two understates the difference in the catalogue itself.</li>
 * </ul>
 * Each state is built only in the forks of the benchmark that needs it.
 */
@Measurement(iterations = 3, time = 1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CatalogueBenchmark {
    public static final int ROWS = 1000;

    @State(Scope.Benchmark)
    public static class Drools {
        LargeCatalogue catalogue;
        Engine engine;
        Engine droolsNetwork;
        Aanvraag[] aanvragen;

        @Setup
        public void load() {
            catalogue = LargeCatalogue.create(ROWS);
            engine = CachedEngine.build(catalogue.folder());
            droolsNetwork = Engine.builder().rules(catalogue.folder()).build();
            aanvragen = BenchData.aanvragen();
        }

        @TearDown
        public void delete() {
            catalogue.close();
        }
    }

    @State(Scope.Benchmark)
    public static class Camunda {
        CamundaCatalogue table;
        CamundaCatalogue.Lookup[] lookups;

        @Setup
        public void load() {
            try (LargeCatalogue catalogue = LargeCatalogue.create(ROWS)) {
                Engine engine = Engine.builder().rules(catalogue.folder()).build();
                table = CamundaCatalogue.of(engine.catalogus());
                lookups = lookups(engine, BenchData.aanvragen());
            }
        }
    }

    /** Per aanvraag, what the engine's catalogue is asked: its soorten at the advised niveau, for its gemeente. */
    static CamundaCatalogue.Lookup[] lookups(Engine engine, Aanvraag[] aanvragen) {
        CamundaCatalogue.Lookup[] lookups = new CamundaCatalogue.Lookup[aanvragen.length];
        for (int i = 0; i < aanvragen.length; i++) {
            lookups[i] = CamundaCatalogue.Lookup.of(aanvragen[i], engine.evaluate(aanvragen[i]).niveau());
        }
        return lookups;
    }

    @Benchmark
    @Warmup(iterations = 4, time = 2)
    public Advies catalogue1000(Drools drools, Cursor cursor) {
        return drools.engine.evaluate(drools.aanvragen[cursor.next()]);
    }

    /** The same on Drools' own alpha network for every fact type, the catalogue's too. */
    @Benchmark
    @Warmup(iterations = 4, time = 2)
    public Advies catalogue1000WithoutAlphaNetworkCompiler(Drools drools, Cursor cursor) {
        return drools.droolsNetwork.evaluate(drools.aanvragen[cursor.next()]);
    }

    @Benchmark
    @Warmup(iterations = 4, time = 2)
    public Map<String, Boolean> camunda1000(Camunda camunda, Cursor cursor) {
        return camunda.table.voorzieningen(camunda.lookups[cursor.next()]);
    }
}
