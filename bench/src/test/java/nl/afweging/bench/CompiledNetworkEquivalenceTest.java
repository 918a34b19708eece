// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import nl.afweging.Engine;
import nl.afweging.Json;
import nl.afweging.model.Aanvraag;
import org.junit.jupiter.api.Test;

/**
 * The compiled alpha networks (rule sets from the cache, as the command line and the service load them) against
 * Drools' own network: every advies the same, byte for byte, on generated aanvragen; with the default catalogue,
 * whose network is compiled, and with the 1,000-row one, whose network is too large and stays Drools' own.
 */
class CompiledNetworkEquivalenceTest {
    private static final long SEED = 2026_1127L;

    @Test
    void twentyThousandAdviezenAreTheSameByteForByte() {
        assertSameAdvice(CachedEngine.build(null), Engine.builder().build(), AanvraagGenerator.generate(SEED, 20_000));
    }

    @Test
    void withTheLargeCatalogueToo() {
        try (LargeCatalogue catalogue = LargeCatalogue.create(CatalogueBenchmark.ROWS)) {
            assertSameAdvice(CachedEngine.build(catalogue.folder()), Engine.builder().rules(catalogue.folder()).build(),
                    AanvraagGenerator.generate(SEED + 1, 2_000));
        }
    }

    private static void assertSameAdvice(Engine compiled, Engine droolsOwn, List<Aanvraag> aanvragen) {
        long verschillend = IntStream.range(0, aanvragen.size()).parallel()
                .filter(i -> !Json.write(compiled.evaluate(aanvragen.get(i))).equals(Json.write(droolsOwn.evaluate(aanvragen.get(i)))))
                .count();
        assertThat(verschillend).as("adviezen that differ, of %d", aanvragen.size()).isZero();
    }
}
