// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.afweging.Engine;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Voorziening;
import org.junit.jupiter.api.Test;

/** The grown catalogue must load in the engine and change nothing but the suggested voorzieningen. */
class LargeCatalogueTest {

    @Test
    void growsTheTableToTheRequestedRowsWithUniqueCodes() {
        String table = new String(BundledRules.read("voorzieningen.drl.csv"), java.nio.charset.StandardCharsets.UTF_8);
        List<String> lines = LargeCatalogue.grow(table, 1000).lines().toList();
        List<String> rows = lines.subList(lines.indexOf(lines.stream().filter(l -> l.startsWith("code,")).findFirst().orElseThrow()) + 1, lines.size());
        Set<String> codes = new HashSet<>();
        rows.forEach(r -> codes.add(r.substring(0, r.indexOf(','))));

        assertThat(rows).hasSize(1000);
        assertThat(codes).hasSize(1000);
    }

    @Test
    void theEngineLoadsAGrownCatalogueAndDecidesAsBefore() {
        // A few hundred rows load fast and prove the generated rows are well formed; the benchmark uses 1,000.
        try (LargeCatalogue catalogue = LargeCatalogue.create(300)) {
            Engine groot = Engine.builder().rules(catalogue.folder()).build();
            Engine standaard = Engine.builder().build();
            boolean gegenereerdeRijGebruikt = false;
            for (Aanvraag aanvraag : AanvraagGenerator.generate(11L, 200)) {
                var metGrote = groot.evaluate(aanvraag);
                assertThat(Uitkomst.of(metGrote)).isEqualTo(Uitkomst.of(standaard.evaluate(aanvraag)));
                gegenereerdeRijGebruikt |= metGrote.voorzieningen().stream().map(Voorziening::code).anyMatch(c -> c.startsWith("GEN-"));
            }
            assertThat(gegenereerdeRijGebruikt).as("a generated catalogue row is suggested").isTrue();
        }
    }
}
