// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.afweging.model.Advies;
import nl.afweging.model.Kostenindicatie;
import nl.afweging.model.Niveau;
import nl.afweging.model.Oordeel;
import nl.afweging.model.Regelset;
import nl.afweging.model.RouteStap;
import nl.afweging.model.ToegepasteRegel;
import nl.afweging.model.Voorziening;
import org.junit.jupiter.api.Test;

/** The parts of {@link AdviesTekst} that no worked example reaches: amounts, short hashes, missing fields. */
class AdviesTekstTest {

    @Test
    void amountsAreWrittenTheDutchWay() {
        assertThat(AdviesTekst.bedrag(new BigDecimal("55.8"))).isEqualTo("€ 55,80");
        assertThat(AdviesTekst.bedrag(new BigDecimal("1234.5"))).isEqualTo("€ 1.234,50");
        assertThat(AdviesTekst.bedrag(new BigDecimal("0.005"))).isEqualTo("€ 0,01");
    }

    @Test
    void aHashIsShortenedToItsAlgorithmAndTwelveDigits() {
        assertThat(AdviesTekst.korteHash("sha256:0123456789abcdef0123")).isEqualTo("sha256:0123456789ab");
        assertThat(AdviesTekst.korteHash("sha256:0123")).isEqualTo("sha256:0123");
    }

    @Test
    void aRuleSetWithoutVersionOrDateLeavesThoseOut() {
        assertThat(AdviesTekst.regelset(new Regelset("proef", null, null, "sha256:0123456789abcdef")))
                .isEqualTo("regelset proef, hash sha256:0123456789ab");
        assertThat(AdviesTekst.regelset(new Regelset("standaard", "2026.1", LocalDate.of(2026, 1, 1), "sha256:ab")))
                .isEqualTo("regelset standaard, versie 2026.1, geldig vanaf 1 januari 2026, hash sha256:ab");
    }

    @Test
    void theLowestLevelSaysThereIsNoLowerOneAndAnUrgentAdviceSaysSo() {
        Advies advies = new Advies("t-1", Niveau.NORMALISATIE, true, List.of("ZVW"), List.of(),
                List.of(new RouteStap(Niveau.NORMALISATIE, Oordeel.PASSEND, List.of("Eigen kracht is genoeg."), List.of("N1"))),
                List.of(new Voorziening("X", "Proefvoorziening", Niveau.NORMALISATIE, false, null,
                        new Kostenindicatie(new BigDecimal("12.5"), "per week", null))),
                "", List.of(new ToegepasteRegel("N1", "Eigen kracht", "Wmo 2015 art. 2.3.2.", "", "x.drl:1", Map.of())),
                false, new Regelset("proef", "1", null, "sha256:ab"), "9.9.9");
        String text = AdviesTekst.van(advies);
        assertThat(text).startsWith("Advies voor aanvraag t-1: Normalisatie.\nDit heeft spoed.\n")
                .contains("  Normalisatie is het laagste niveau.")
                .contains("  - Eigen kracht is genoeg.")
                .contains("Verwijzing naar:\n  - Zorgverzekeringswet (Zvw)")
                .contains("Let op: niets.")
                .contains("  - Proefvoorziening (normalisatie). Kosten ter referentie: € 12,50 per week.")
                .contains("  - N1: Eigen kracht.\n    Grondslag: Wmo 2015 art. 2.3.2.\n")
                .contains("Menselijke beoordeling is bij dit advies niet vereist.")
                .doesNotContain("niet genoeg")
                .endsWith("Gemaakt met regelset proef, versie 1, hash sha256:ab, engine versie 9.9.9.");
    }

    @Test
    void theEuroSignStaysWithItsAmountWhenTheLineWraps() {
        // The name is just long enough for "€" to end the first line, and too long for "€ 12,50".
        Advies advies = new Advies("t-2", Niveau.NORMALISATIE, false, List.of(), List.of(), List.of(),
                List.of(new Voorziening("X", "Proefvoorziening met een lange naam", Niveau.NORMALISATIE, false, null,
                        new Kostenindicatie(new BigDecimal("12.5"), "per week", "Proef 2026"))),
                "", List.of(), true, new Regelset("proef", "1", null, "sha256:ab"), "9.9.9");
        assertThat(AdviesTekst.van(advies))
                .contains("  - Proefvoorziening met een lange naam (normalisatie). Kosten ter referentie:\n    € 12,50 per week. Bron: Proef 2026.")
                .doesNotContain("\u00A0");
    }

    @Test
    void controlCharactersFromARuleFileShowInsteadOfSteeringTheTerminal() {
        assertThat(AdviesTekst.zichtbaar("rood\u001b[31m en\u202Eom\nverder")).isEqualTo("rood\\u001b[31m en\\u202eom verder");
        Advies advies = new Advies("t-3", Niveau.NORMALISATIE, false, List.of(), List.of(), List.of(), List.of(), "",
                List.of(new ToegepasteRegel("N1", "Eigen\u001b[2J kracht", "Wmo\u0007", "", "x.drl:1", Map.of())),
                true, new Regelset("proef", "1", null, "sha256:ab"), "9.9.9");
        assertThat(AdviesTekst.van(advies)).doesNotContain("\u001b").doesNotContain("\u0007")
                .contains("N1: Eigen\\u001b[2J kracht.").contains("Grondslag: Wmo\\u0007.");
    }

    @Test
    void wrappingKeepsEveryWordWholeAndEveryLineWithinTheWidth() {
        String text = "een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien "
                + "eenwoordvanmeerdantwintigtekens kort";
        List<String> lines = Omloop.regels(text, "  - ", "    ", 24);
        assertThat(lines).allSatisfy(l -> assertThat(l.length() <= 24 || !l.strip().contains(" ")).as(l).isTrue());
        assertThat(lines.get(0)).startsWith("  - een");
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).startsWith("    ").doesNotStartWith("     "));
        assertThat(String.join(" ", lines).replaceAll("\\s+", " ").strip()).isEqualTo("- " + text);
    }
}
