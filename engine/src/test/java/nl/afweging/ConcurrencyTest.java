// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitrary;
import nl.afweging.model.Aanvraag;
import org.junit.jupiter.api.Test;

/** One engine shared by several threads gives each aanvraag the same advies as a single thread does. */
class ConcurrencyTest {

    @Test
    void sharedEngineIsThreadSafe() throws Exception {
        Engine engine = TestEngines.standaard();
        Arbitrary<Aanvraag> arbitrary = AanvraagArbitraries.aanvragen();
        List<Aanvraag> aanvragen = arbitrary.sampleStream().limit(400).toList();
        List<String> sequential = aanvragen.stream().map(a -> Json.write(engine.evaluate(a))).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (Aanvraag a : aanvragen) {
                futures.add(pool.submit(() -> Json.write(engine.evaluate(a))));
            }
            for (int i = 0; i < aanvragen.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
