// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.afweging.Engine;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Advies;
import nl.afweging.model.CatalogusVoorziening;
import nl.afweging.model.HulpvraagSoort;
import nl.afweging.model.Niveau;
import nl.afweging.model.Voorziening;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalogue benchmark compares the engine with Camunda on the same table, so the DMN table must be that table:
 * for generated aanvragen it must give the voorzieningen (code and collectief) of the engine's advice.
 */
class CamundaCatalogueTest {
    private static LargeCatalogue catalogue;
    private static Engine engine;
    private static CamundaCatalogue camunda;

    @BeforeAll
    static void build() {
        catalogue = LargeCatalogue.create(CatalogueBenchmark.ROWS);
        engine = Engine.builder().rules(catalogue.folder()).build();
        camunda = CamundaCatalogue.of(engine.catalogus());
    }

    @AfterAll
    static void delete() {
        catalogue.close();
    }

    @Test
    void theDecisionTableHasEveryCatalogueRow() {
        assertThat(camunda.rows()).isEqualTo(CatalogueBenchmark.ROWS);
    }

    @Test
    void camundaFindsTheVoorzieningenOfTheEnginesAdvice() {
        Aanvraag[] aanvragen = AanvraagGenerator.generate(17L, 400).toArray(Aanvraag[]::new);
        CamundaCatalogue.Lookup[] lookups = CatalogueBenchmark.lookups(engine, aanvragen);
        boolean gemeenteRij = false;
        for (int i = 0; i < aanvragen.length; i++) {
            Advies advies = engine.evaluate(aanvragen[i]);
            Map<String, Boolean> expected = new LinkedHashMap<>();
            advies.voorzieningen().forEach(v -> expected.put(v.code(), v.collectief()));
            Map<String, Boolean> actual = camunda.voorzieningen(lookups[i]);

            assertThat(actual).as("aanvraag %s at %s", aanvragen[i].id(), advies.niveau()).isEqualTo(expected);
            gemeenteRij |= advies.voorzieningen().stream().map(Voorziening::code).anyMatch(c -> c.startsWith("GEN-"));
        }
        // The comparison covers the rows for one gemeente, not only the rows for every gemeente.
        assertThat(gemeenteRij).as("a generated (gemeente) row is suggested").isTrue();
    }

    @Test
    void aRowLeftOutOfTheTableIsNoticed() {
        // The comparison can fail: without one row of the catalogue, some lookup must miss a voorziening.
        List<CatalogusVoorziening> rows = engine.catalogus();
        CatalogusVoorziening weg = rows.stream().filter(r -> r.code().equals("SB-BEGELEIDING-INLOOP")).findFirst().orElseThrow();
        CamundaCatalogue minder = CamundaCatalogue.of(rows.stream().filter(r -> r != weg).toList());

        assertThat(minder.rows()).isEqualTo(rows.size() - 1);
        CamundaCatalogue.Lookup lookup = new CamundaCatalogue.Lookup(Niveau.SOCIALE_BASIS,
                List.of(HulpvraagSoort.BEGELEIDING), null);
        assertThat(camunda.voorzieningen(lookup)).containsEntry(weg.code(), true);
        assertThat(minder.voorzieningen(lookup)).doesNotContainKey(weg.code()).isNotEqualTo(camunda.voorzieningen(lookup));
    }
}
