// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Advies;
import nl.afweging.model.Huisgenoot;
import nl.afweging.model.HulpvraagSoort;
import nl.afweging.model.Leefgebied;
import nl.afweging.model.Niveau;
import nl.afweging.model.Oordeel;
import nl.afweging.model.Relatie;
import nl.afweging.model.Veiligheid;
import nl.afweging.model.Wet;
import nl.afweging.model.Wlz;
import org.junit.jupiter.api.Test;

/** The five worked examples of the afwegingskader, built through the public Java API. */
class WorkedExamplesTest {
    private static final LocalDate PEILDATUM = LocalDate.of(2026, 3, 1);
    private final Engine engine = TestEngines.standaard();

    private static Aanvraag.Builder aanvraag(String id, Wet wet, int leeftijd) {
        return Aanvraag.builder(id, PEILDATUM, wet, leeftijd);
    }

    private static Aanvraag.Builder allScores(Aanvraag.Builder b, int score) {
        for (Leefgebied l : Leefgebied.values()) {
            b.zrm(l, score);
        }
        return b;
    }

    @Test
    void voorbeeld1_gebruikelijkeHulpDoorDePartner() {
        Aanvraag.Builder b = allScores(aanvraag("vb-1", Wet.WMO, 78).soort(HulpvraagSoort.HUISHOUDEN), 4)
                .zrm(Leefgebied.INSTRUMENTELE_ADL, 2)
                .huisgenoot(new Huisgenoot(Relatie.PARTNER, 80, true, false, false));
        Advies advies = engine.evaluate(b.build());

        assertThat(advies.niveau()).isEqualTo(Niveau.NORMALISATIE);
        assertThat(advies.regelIds()).containsExactly("L4", "E1");
        assertThat(advies.route()).singleElement().satisfies(stap -> {
            assertThat(stap.niveau()).isEqualTo(Niveau.NORMALISATIE);
            assertThat(stap.oordeel()).isEqualTo(Oordeel.PASSEND);
            assertThat(stap.regels()).containsExactly("L4", "E1");
        });
        assertThat(advies.spoed()).isFalse();
        assertThat(advies.verwijzingen()).isEmpty();
        assertThat(advies.aandachtspunten()).isEmpty();
    }

    @Test
    void voorbeeld2_opvoedondersteuningInDeWijk() {
        Aanvraag.Builder b = allScores(aanvraag("vb-2", Wet.JEUGDWET, 9).soort(HulpvraagSoort.OPVOEDEN_OPGROEIEN), 4)
                .zrm(Leefgebied.HUISELIJKE_RELATIES, 3);
        Advies advies = engine.evaluate(b.build());

        assertThat(advies.niveau()).isEqualTo(Niveau.SOCIALE_BASIS);
        assertThat(advies.regelIds()).containsExactly("L2");
        assertThat(advies.route()).hasSize(2);
        assertThat(advies.route().get(0).oordeel()).isEqualTo(Oordeel.ONTOEREIKEND);
        assertThat(advies.route().get(0).regels()).containsExactly("L2");
        assertThat(advies.regels().get(0).gelezen()).containsEntry("zrm.HUISELIJKE_RELATIES", 3);
    }

    @Test
    void voorbeeld3_lokaalTeamMetEenPlan() {
        Aanvraag a = aanvraag("vb-3", Wet.WMO, 45)
                .soort(HulpvraagSoort.FINANCIEN).soort(HulpvraagSoort.HUISVESTING).soort(HulpvraagSoort.BEGELEIDING)
                .zrm(Leefgebied.FINANCIEN, 2).zrm(Leefgebied.HUISVESTING, 3).zrm(Leefgebied.GEESTELIJKE_GEZONDHEID, 3)
                .build();
        Advies advies = engine.evaluate(a);

        assertThat(advies.niveau()).isEqualTo(Niveau.LOKAAL_TEAM);
        assertThat(advies.regelIds()).containsExactlyInAnyOrder("L4", "L6");
        assertThat(advies.aandachtspunten()).containsExactly("EEN_GEZIN_EEN_PLAN");
        assertThat(advies.route()).extracting(s -> s.niveau() + ":" + s.oordeel()).containsExactly(
                "NORMALISATIE:ONTOEREIKEND", "SOCIALE_BASIS:ONTOEREIKEND", "LOKAAL_TEAM:PASSEND");
    }

    @Test
    void voorbeeld4_acuutOnveiligeJongere() {
        Aanvraag a = allScores(aanvraag("vb-4", Wet.JEUGDWET, 15).soort(HulpvraagSoort.OPVOEDEN_OPGROEIEN), 3)
                .veiligheid(Veiligheid.ACUUT_ONVEILIG).build();
        Advies advies = engine.evaluate(a);

        assertThat(advies.niveau()).isEqualTo(Niveau.SPECIALISTISCH_MAATWERK);
        assertThat(advies.spoed()).isTrue();
        assertThat(advies.verwijzingen()).containsExactly("VEILIG_THUIS");
        assertThat(advies.aandachtspunten()).containsExactly("EEN_GEZIN_EEN_PLAN", "MELDCODE");
        assertThat(advies.regelIds()).containsExactlyInAnyOrder("L3", "L6", "V1");
        assertThat(advies.route().get(2).regels()).containsExactly("V1");
    }

    @Test
    void voorbeeld5_wlzIndicatieBegrenstHetNiveau() {
        Aanvraag a = aanvraag("vb-5", Wet.WMO, 84).soort(HulpvraagSoort.PERSOONLIJKE_VERZORGING)
                .zrm(Leefgebied.BASALE_ADL, 2).zrm(Leefgebied.INSTRUMENTELE_ADL, 2).zrm(Leefgebied.LICHAMELIJKE_GEZONDHEID, 2)
                .wlz(Wlz.INDICATIE).build();
        Advies advies = engine.evaluate(a);

        assertThat(advies.niveau()).isEqualTo(Niveau.SOCIALE_BASIS);
        assertThat(advies.verwijzingen()).containsExactly("WLZ");
        assertThat(advies.aandachtspunten()).containsExactly("EEN_GEZIN_EEN_PLAN");
        assertThat(advies.regelIds()).containsExactlyInAnyOrder("L5", "L6", "W1");
        assertThat(advies.route().get(0).regels()).containsExactly("L5");
    }
}
