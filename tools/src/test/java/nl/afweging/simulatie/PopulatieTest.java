// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.simulatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import nl.afweging.Engine;
import nl.afweging.Json;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Duur;
import nl.afweging.model.Huisgenoot;
import nl.afweging.model.HulpvraagSoort;
import nl.afweging.model.Niveau;
import nl.afweging.model.Relatie;
import nl.afweging.model.Veiligheid;
import nl.afweging.model.Verwijzer;
import nl.afweging.model.Wet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated population: reproducible, valid line by line, and spread as docs/populatie.md says. */
class PopulatieTest {
    private static final int GROOT = 40_000;
    private static List<Aanvraag> steekproef;

    @BeforeAll
    static void trek() throws IOException {
        steekproef = lees(bytes(Populatie.builder().aantal(GROOT).zaad(2026).build(), 2));
    }

    @Test
    void theSameSeedGivesTheSameBytesOnAnyNumberOfThreads() throws IOException {
        Populatie populatie = Populatie.builder().aantal(10_000).zaad(7).build();
        byte[] een = bytes(populatie, 1);
        assertThat(bytes(populatie, 2)).isEqualTo(een);
        assertThat(bytes(populatie, 3)).isEqualTo(een);
        assertThat(bytes(Populatie.builder().aantal(10_000).zaad(7).build(), 4)).isEqualTo(een);
        // A shorter population is the start of a longer one: line i depends only on the seed and i.
        byte[] kort = bytes(Populatie.builder().aantal(10).zaad(7).build(), 1);
        assertThat(new String(een, StandardCharsets.UTF_8)).startsWith(new String(kort, StandardCharsets.UTF_8));
        assertThat(new String(kort, StandardCharsets.UTF_8).lines()).hasSize(10);
    }

    @Test
    void anotherSeedGivesOtherAanvragen() throws IOException {
        List<String> zeven = regels(bytes(Populatie.builder().aantal(1_000).zaad(7).build(), 1));
        List<String> acht = regels(bytes(Populatie.builder().aantal(1_000).zaad(8).build(), 1));
        // Not only the ids differ: the contents do.
        long gelijk = 0;
        for (int i = 0; i < zeven.size(); i++) {
            if (zeven.get(i).replaceFirst("\"id\":\"[^\"]*\"", "").equals(acht.get(i).replaceFirst("\"id\":\"[^\"]*\"", ""))) {
                gelijk++;
            }
        }
        assertThat(gelijk).isLessThan(10);
    }

    @Test
    void everyLineOf20000OverFourSeedsPassesTheContractAndReadsBackAsDrawn() throws IOException {
        for (long zaad : new long[] {1, 42, -9, Long.MAX_VALUE}) {
            Populatie populatie = Populatie.builder().aantal(5_000).zaad(zaad).build();
            List<String> regels = regels(bytes(populatie, 2));
            assertThat(regels).hasSize(5_000);
            for (int i = 0; i < regels.size(); i++) {
                // readAanvraag throws with every problem when a line breaks the contract.
                assertThat(Json.readAanvraag(regels.get(i))).as(regels.get(i)).isEqualTo(populatie.aanvraag(i));
            }
        }
    }

    @Test
    void idsArePseudonymsThatNeverLookLikeABsn() {
        Set<String> ids = new HashSet<>();
        for (Aanvraag a : steekproef) {
            assertThat(a.id()).matches("G2026-[0-9]+");
            assertThat(ids.add(a.id())).as(a.id()).isTrue();
        }
        assertThat(steekproef.get(0).id()).isEqualTo("G2026-1");
    }

    @Test
    void everyWijkLiesInItsGemeenteAndTheDefaultSetHoldsBladel() {
        Map<String, Integer> perGemeente = new java.util.TreeMap<>();
        for (Aanvraag a : steekproef) {
            assertThat(a.gemeente()).matches("[0-9]{4}");
            assertThat(a.wijk()).matches("WK" + a.gemeente() + "[0-9]{2}");
            perGemeente.merge(a.gemeente(), 1, Integer::sum);
        }
        assertThat(perGemeente.keySet()).containsExactlyInAnyOrderElementsOf(Populatie.standaardGemeenten()).contains("1728");
        // Equally often: one in six each.
        perGemeente.values().forEach(n -> assertThat(n / (double) GROOT).isCloseTo(1 / 6.0, within(0.01)));
    }

    @Test
    void gemeenteLimitsThePopulationToTheGivenGemeenten() {
        Populatie populatie = Populatie.builder().aantal(2_000).zaad(3).gemeenten(List.of("1728", "0840", "1728")).build();
        assertThat(populatie.gemeenten()).containsExactly("1728", "0840");
        assertThat(populatie.aanvragen().map(Aanvraag::gemeente).distinct()).containsExactlyInAnyOrder("1728", "0840");
        assertThat(populatie.aanvragen()).allSatisfy(a -> assertThat(a.wijk()).startsWith("WK" + a.gemeente()));
    }

    @Test
    void wrongOptionsAreRefusedInDutch() {
        assertThatThrownBy(() -> Populatie.builder().aantal(0)).hasMessageContaining("minstens 1");
        assertThatThrownBy(() -> Populatie.builder().gemeenten(List.of("172"))).hasMessageContaining("172");
        assertThatThrownBy(() -> Populatie.builder().gemeenten(List.of())).hasMessageContaining("minstens één");
        assertThatThrownBy(() -> Populatie.builder().peildatum(LocalDate.of(2025, 12, 31))).hasMessageContaining("2026-01-01");
        assertThatThrownBy(() -> Populatie.builder().build()).hasMessageContaining("aantal");
    }

    @Test
    void aFixedPeildatumIsEveryonesAndOtherwiseEveryDayOf2026Occurs() {
        LocalDate dag = LocalDate.of(2027, 3, 1);
        assertThat(Populatie.builder().aantal(500).zaad(1).peildatum(dag).build().aanvragen())
                .allSatisfy(a -> assertThat(a.peildatum()).isEqualTo(dag));
        assertThat(steekproef).allSatisfy(a -> assertThat(a.peildatum().getYear()).isEqualTo(2026));
        assertThat(steekproef.stream().map(Aanvraag::peildatum).distinct().count()).isEqualTo(365);
    }

    @Test
    void ageFitsTheWetAndTheSharesAreTheDocumentedOnes() {
        assertThat(steekproef).allSatisfy(a -> {
            if (a.wet() == Wet.JEUGDWET) {
                assertThat(a.persoon().leeftijd()).isBetween(0, 22);
            } else {
                assertThat(a.persoon().leeftijd()).isBetween(18, 100);
            }
        });
        List<Aanvraag> wmo = steekproef.stream().filter(a -> a.wet() == Wet.WMO).toList();
        List<Aanvraag> jeugd = steekproef.stream().filter(a -> a.wet() == Wet.JEUGDWET).toList();
        assertThat(aandeel(steekproef, a -> a.wet() == Wet.JEUGDWET)).isCloseTo(0.30, within(0.01));
        assertThat(aandeel(wmo, a -> a.persoon().leeftijd() >= 75)).isCloseTo(0.55, within(0.015));
        assertThat(aandeel(wmo, a -> a.persoon().leeftijd() < 45)).isCloseTo(0.12, within(0.01));
        assertThat(aandeel(jeugd, a -> a.persoon().leeftijd() >= 18)).isCloseTo(0.08, within(0.01));
        assertThat(aandeel(jeugd, a -> a.persoon().leeftijd() >= 12 && a.persoon().leeftijd() <= 17)).isCloseTo(0.45, within(0.015));
        assertThat(aandeel(steekproef, a -> a.hulpvraag().duur() == Duur.KORT)).isCloseTo(0.20, within(0.01));
        assertThat(aandeel(steekproef, a -> a.hulpvraag().soorten().size() == 1)).isCloseTo(0.60, within(0.015));
        assertThat(aandeel(wmo, a -> a.hulpvraag().soorten().get(0) == HulpvraagSoort.HUISHOUDEN)).isCloseTo(0.40, within(0.015));
        assertThat(aandeel(jeugd, a -> a.hulpvraag().soorten().get(0) == HulpvraagSoort.OPVOEDEN_OPGROEIEN)).isCloseTo(0.40, within(0.02));
        assertThat(aandeel(steekproef, a -> a.hulpvraag().omschrijving() == null)).isEqualTo(1.0);
        assertThat(aandeel(steekproef, a -> a.zrm().isEmpty())).isCloseTo(0.08, within(0.008));
        assertThat(aandeel(wmo, a -> a.huisgenoten().isEmpty())).isCloseTo(0.45, within(0.015));
        assertThat(aandeel(jeugd, a -> a.huisgenoten().stream().filter(h -> h.relatie() == Relatie.OUDER).count() == 1))
                .isCloseTo(0.25, within(0.015));
        assertThat(aandeel(steekproef, a -> a.netwerk().beschikbaar())).isCloseTo(0.50, within(0.015));
        assertThat(aandeel(steekproef, a -> a.netwerk().mantelzorgerOverbelast())).isCloseTo(0.10, within(0.01));
        assertThat(aandeel(wmo, a -> a.veiligheid() == Veiligheid.GEEN)).isCloseTo(0.85, within(0.01));
        assertThat(aandeel(jeugd, a -> a.veiligheid() == Veiligheid.ACUUT_ONVEILIG)).isCloseTo(0.03, within(0.008));
        assertThat(aandeel(jeugd, a -> a.verwijzer() == Verwijzer.HUISARTS)).isCloseTo(0.38, within(0.02));
        assertThat(aandeel(steekproef, a -> a.eerdereTrajecten().isEmpty())).isCloseTo(0.65, within(0.015));
    }

    @Test
    void everyHousemateAndTrajectFitsTheContractsDates() {
        for (Aanvraag a : steekproef) {
            for (Huisgenoot h : a.huisgenoten()) {
                assertThat(h.leeftijd()).isBetween(0, 120);
                if (h.relatie() == Relatie.PARTNER) {
                    assertThat(h.leeftijd()).isGreaterThanOrEqualTo(18);
                }
            }
            a.eerdereTrajecten().forEach(t -> assertThat(t.einddatum()).isBefore(a.peildatum())
                    .isAfterOrEqualTo(a.peildatum().minusDays(3 * 365)));
        }
    }

    @Test
    void everyLevelOfTheAdviceOccurs() {
        Engine engine = Engine.builder().build();
        Map<Niveau, Integer> niveaus = new EnumMap<>(Niveau.class);
        steekproef.stream().limit(4_000).forEach(a -> niveaus.merge(engine.evaluate(a).niveau(), 1, Integer::sum));
        System.err.println("Niveaus van 4.000 gegenereerde aanvragen: " + niveaus);
        assertThat(niveaus.keySet()).containsExactlyInAnyOrder(Niveau.values());
        // No level is a rarity: each has at least 3 % of the population.
        niveaus.values().forEach(n -> assertThat(n).isGreaterThan(120));
    }

    private static double aandeel(List<Aanvraag> aanvragen, Predicate<Aanvraag> wat) {
        return aanvragen.stream().filter(wat).count() / (double) aanvragen.size();
    }

    private static byte[] bytes(Populatie populatie, int threads) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        populatie.schrijf(out, threads);
        return out.toByteArray();
    }

    private static List<String> regels(byte[] bytes) {
        String tekst = new String(bytes, StandardCharsets.UTF_8);
        assertThat(tekst).endsWith("\n").doesNotContain("\r");
        return tekst.lines().toList();
    }

    private static List<Aanvraag> lees(byte[] bytes) {
        return regels(bytes).stream().map(Json::readAanvraag).toList();
    }
}
