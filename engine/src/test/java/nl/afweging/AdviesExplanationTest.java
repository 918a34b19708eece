// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.afweging.model.Advies;
import nl.afweging.model.Oordeel;
import nl.afweging.model.Voorziening;
import org.junit.jupiter.api.Test;

/**
 * The words of an advies, not only its level: the summary a professional reads first (spoed, every level that is not
 * enough and why, referrals, the rules behind the attention points, the closing sentence), the route's reasons, and
 * the voorzieningen of the catalogue in their order (collective ones first, then by code).
 */
class AdviesExplanationTest {
    private final Engine engine = TestEngines.standaard();

    private static final String MENS = "Dit is een advies, geen besluit. Een professional beoordeelt het samen met de inwoner.";

    @Test
    void theSummaryOfAnAcuteCaseNamesSpoedEveryLevelPassedAndTheReferral() throws Exception {
        Advies advies = engine.evaluate(Files.readString(TestEngines.root().resolve("examples/aanvraag-jeugd.json")));

        assertThat(advies.toelichting()).isEqualTo("Advies: specialistisch maatwerk. Dit heeft spoed."
                + " Normalisatie is niet genoeg, omdat: beperkt zelfredzaam op veel leefgebieden (L3); acuut onveilig (V1)."
                + " Sociale basis is niet genoeg, omdat: beperkt zelfredzaam op veel leefgebieden (L3); acuut onveilig (V1)."
                + " Lokaal team is niet genoeg, omdat: acuut onveilig (V1)."
                + " Verwijzing naar: VEILIG_THUIS."
                + " Let op: meervoudige problematiek: één plan (L6); acuut onveilig (V1). " + MENS);
        assertThat(advies.route()).extracting(s -> s.oordeel()).containsExactly(
                Oordeel.ONTOEREIKEND, Oordeel.ONTOEREIKEND, Oordeel.ONTOEREIKEND, Oordeel.PASSEND);
        assertThat(advies.route().get(3).redenen()).first()
                .isEqualTo("Specialistisch maatwerk (een maatwerkvoorziening met beschikking) is het lichtste niveau dat past.");
        assertThat(advies.route().get(2).redenen()).containsExactly("Acuut onveilig (V1) vraagt minstens specialistisch maatwerk."
                + " Er is acuut gevaar. Er is direct specialistische hulp nodig en Veilig Thuis wordt ingeschakeld."
                + " Een Wlz-indicatie verandert dat niet.");
        assertThat(advies.voorzieningen()).extracting(Voorziening::code)
                .containsExactly("SM-OPVOEDEN-OPGROEIEN-AMBULANT", "SM-OPVOEDEN-OPGROEIEN-GEZINSHUIS");
    }

    @Test
    void aPlainCaseHasAShortSummaryAndItsVoorzieningenCollectiveFirst() {
        Advies advies = engine.evaluate("""
                {"id": "zin-1", "peildatum": "2026-03-01", "wet": "WMO", "persoon": {"leeftijd": 70},
                 "hulpvraag": {"soorten": ["HUISHOUDEN", "BEGELEIDING", "DAGBESTEDING"]},
                 "zrm": {"FINANCIEN": 5, "HUISVESTING": 5, "HUISELIJKE_RELATIES": 5}}
                """);

        assertThat(advies.toelichting()).isEqualTo("Advies: normalisatie. " + MENS);
        assertThat(advies.route()).singleElement().satisfies(stap -> assertThat(stap.redenen()).first()
                .isEqualTo("Normalisatie (eigen kracht, netwerk, informatie en advies) is het lichtste niveau dat past."));
        assertThat(advies.voorzieningen()).extracting(v -> v.code() + (v.collectief() ? " (collectief)" : "")).containsExactly(
                "NO-DAGBESTEDING-INFO (collectief)", "NO-HUISHOUDEN-INFO (collectief)",
                "NO-BEGELEIDING-NETWERK", "NO-HUISHOUDEN-GEBRUIKELIJKE-HULP");
        assertThat(advies.voorzieningen()).allSatisfy(v -> assertThat(v.niveau()).isEqualTo(advies.niveau()));
    }

    @Test
    void everyFixtureSummaryStartsWithItsLevelAndEndsWithTheHumanDecides() throws Exception {
        for (Path file : TestEngines.fixtureFiles()) {
            String json = Files.readString(file);
            com.fasterxml.jackson.databind.JsonNode aanvraag = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).path("aanvraag");
            Advies advies = engine.evaluate(aanvraag.toString());
            List<String> notEnough = advies.route().stream().filter(s -> s.oordeel() == Oordeel.ONTOEREIKEND)
                    .map(s -> s.niveau().name()).toList();
            assertThat(advies.toelichting()).as(file.getFileName().toString())
                    .startsWith("Advies: ").endsWith(MENS);
            assertThat(advies.toelichting().contains(" Dit heeft spoed. ")).as(file.getFileName().toString()).isEqualTo(advies.spoed());
            assertThat(advies.toelichting().split(" is niet genoeg, omdat: ", -1)).as(file.getFileName().toString())
                    .hasSize(notEnough.size() + 1);
            assertThat(advies.toelichting().contains(" Verwijzing naar: ")).as(file.getFileName().toString())
                    .isEqualTo(!advies.verwijzingen().isEmpty());
            assertThat(advies.toelichting().contains(" Let op: ")).as(file.getFileName().toString())
                    .isEqualTo(!advies.verwijzingen().isEmpty() || !advies.aandachtspunten().isEmpty());
        }
    }
}
