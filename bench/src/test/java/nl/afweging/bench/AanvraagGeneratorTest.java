// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import nl.afweging.Json;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Relatie;
import nl.afweging.model.Wet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generator must give valid, reproducible aanvragen that exercise every rule of the afwegingskader. */
class AanvraagGeneratorTest {
    private static final long SEED = 7L;
    private static final int AANTAL = 50_000;
    /** "Often": each rule, rung and boundary case in at least half a percent of the aanvragen. */
    private static final int VAAK = AANTAL / 200;

    private static List<Aanvraag> aanvragen;

    @BeforeAll
    static void generate() {
        aanvragen = AanvraagGenerator.generate(SEED, AANTAL);
    }

    @Test
    void theSameSeedGivesTheSameAanvragen() {
        List<String> eerste = AanvraagGenerator.generate(SEED, 1_000).stream().map(Json::write).toList();
        List<String> tweede = AanvraagGenerator.generate(SEED, 1_000).stream().map(Json::write).toList();
        List<String> anderZaad = AanvraagGenerator.generate(SEED + 1, 1_000).stream().map(Json::write).toList();

        assertThat(tweede).isEqualTo(eerste);
        assertThat(anderZaad).isNotEqualTo(eerste);
    }

    @Test
    void everyAanvraagIsValidUnderTheContract() {
        for (Aanvraag aanvraag : aanvragen.subList(0, 2_000)) {
            String json = Json.write(aanvraag);
            assertThatCode(() -> Json.readAanvraag(json)).as(json).doesNotThrowAnyException();
        }
    }

    @Test
    void peildataLieIn2026AndNoTrajectEndsAfterIt() {
        for (Aanvraag a : aanvragen) {
            assertThat(a.peildatum().getYear()).isEqualTo(2026);
            a.eerdereTrajecten().forEach(t -> assertThat(t.einddatum()).isBeforeOrEqualTo(a.peildatum()));
        }
    }

    @Test
    void everyRuleOfTheAfwegingskaderFiresOften() {
        HandCodedKader kader = new HandCodedKader();
        Map<String, Integer> vaakheid = new TreeMap<>();
        for (Aanvraag a : aanvragen) {
            kader.advise(a).regels().forEach(id -> vaakheid.merge(id, 1, Integer::sum));
        }
        List<String> alleRegels = List.of("L0", "L1", "L2", "L3", "L4", "L5", "L6", "E1", "E2", "E3",
                "V1", "V2", "V3", "V4", "S1", "S2", "W1", "W2", "Z1", "T1", "T2", "J1", "J2", "K1");

        assertThat(vaakheid.keySet()).as("fired: %s", vaakheid).containsExactlyInAnyOrderElementsOf(alleRegels);
        assertThat(vaakheid.values()).as("fired: %s", vaakheid).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(VAAK));
    }

    @Test
    void boundaryCasesAreCommon() {
        assertThat(count(a -> a.wet() == Wet.JEUGDWET)).isGreaterThan(VAAK);
        assertThat(count(a -> a.zrm().size() == 13)).isGreaterThan(VAAK);
        assertThat(count(a -> a.peildatum().getDayOfMonth() == a.peildatum().lengthOfMonth())).isGreaterThan(VAAK);
        for (int leeftijd : new int[] {17, 18}) {
            assertThat(count(a -> a.huisgenoten().stream().anyMatch(h ->
                    (h.relatie() == Relatie.KIND || h.relatie() == Relatie.OVERIG) && h.leeftijd() == leeftijd)))
                    .as("housemates aged %d", leeftijd).isGreaterThan(VAAK);
        }
        for (int dagen = -1; dagen <= 1; dagen++) {
            int d = dagen;
            assertThat(count(a -> a.eerdereTrajecten().stream().anyMatch(t ->
                    t.einddatum().equals(twaalfMaandenVoor(a.peildatum()).plusDays(d)))))
                    .as("trajecten ending 12 months %+d days before the peildatum", d).isGreaterThan(VAAK);
        }
    }

    private static LocalDate twaalfMaandenVoor(LocalDate peildatum) {
        return peildatum.minusMonths(12);
    }

    private static long count(Predicate<Aanvraag> predicate) {
        return aanvragen.stream().filter(predicate).count();
    }
}
