// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Advies;
import nl.afweging.model.Leefgebied;
import nl.afweging.model.Niveau;
import nl.afweging.model.Oordeel;
import nl.afweging.model.RouteStap;
import nl.afweging.model.Veiligheid;

/** Invariants of the default afwegingskader that hold for every valid aanvraag. */
class InvariantProperties {
    private final Engine engine = TestEngines.standaard();

    @Provide
    Arbitrary<Aanvraag> aanvragen() {
        return AanvraagArbitraries.aanvragen();
    }

    @Property(tries = 300)
    void aLowerZrmScoreNeverLowersTheLevel(@ForAll("aanvragen") Aanvraag aanvraag, @ForAll Leefgebied leefgebied) {
        Integer score = aanvraag.zrm().get(leefgebied);
        if (score == null || score == 1) {
            return;
        }
        Map<Leefgebied, Integer> lager = new EnumMap<>(aanvraag.zrm());
        lager.put(leefgebied, score - 1);
        Aanvraag slechter = new Aanvraag(aanvraag.id(), aanvraag.peildatum(), aanvraag.gemeente(), aanvraag.wijk(),
                aanvraag.wet(), aanvraag.persoon(), aanvraag.hulpvraag(), lager, aanvraag.huisgenoten(), aanvraag.netwerk(),
                aanvraag.veiligheid(), aanvraag.hulpGeaccepteerd(), aanvraag.wlz(), aanvraag.zvwAanspraak(),
                aanvraag.verwijzer(), aanvraag.eerdereTrajecten());

        assertThat(engine.evaluate(slechter).niveau()).isGreaterThanOrEqualTo(engine.evaluate(aanvraag).niveau());
    }

    @Property(tries = 200)
    void acuteDangerAlwaysGivesSpoedAndSpecialistischMaatwerk(@ForAll("aanvragen") Aanvraag aanvraag) {
        Aanvraag acuut = new Aanvraag(aanvraag.id(), aanvraag.peildatum(), null, null, aanvraag.wet(), aanvraag.persoon(),
                aanvraag.hulpvraag(), aanvraag.zrm(), aanvraag.huisgenoten(), aanvraag.netwerk(), Veiligheid.ACUUT_ONVEILIG,
                aanvraag.hulpGeaccepteerd(), aanvraag.wlz(), aanvraag.zvwAanspraak(), aanvraag.verwijzer(), aanvraag.eerdereTrajecten());
        Advies advies = engine.evaluate(acuut);

        assertThat(advies.spoed()).isTrue();
        assertThat(advies.niveau()).isEqualTo(Niveau.SPECIALISTISCH_MAATWERK);
        assertThat(advies.verwijzingen()).contains("VEILIG_THUIS");
    }

    @Property(tries = 300)
    void theRouteEndsInTheAdvisedLevelAndExplainsEveryLowerOne(@ForAll("aanvragen") Aanvraag aanvraag) {
        Advies advies = engine.evaluate(aanvraag);

        assertThat(advies.route()).hasSize(advies.niveau().ordinal() + 1);
        RouteStap laatste = advies.route().get(advies.route().size() - 1);
        assertThat(laatste.niveau()).isEqualTo(advies.niveau());
        assertThat(laatste.oordeel()).isEqualTo(Oordeel.PASSEND);
        for (RouteStap stap : advies.route().subList(0, advies.route().size() - 1)) {
            assertThat(stap.oordeel()).isEqualTo(Oordeel.ONTOEREIKEND);
            assertThat(stap.redenen()).isNotEmpty();
            assertThat(stap.regels()).isNotEmpty().isSubsetOf(advies.regelIds());
        }
        assertThat(advies.menselijkeBeoordelingVereist()).isTrue();
    }

    @Property(tries = 200)
    void theSameAanvraagGivesByteIdenticalJson(@ForAll("aanvragen") Aanvraag aanvraag) {
        assertThat(Json.write(engine.evaluate(aanvraag))).isEqualTo(Json.write(engine.evaluate(aanvraag)));
    }

    @Property(tries = 200)
    void everyFiredRuleHasAGrondslagAndASource(@ForAll("aanvragen") Aanvraag aanvraag) {
        Advies advies = engine.evaluate(aanvraag);

        assertThat(advies.regels()).isNotEmpty().allSatisfy(regel -> {
            assertThat(regel.grondslag()).isNotBlank();
            assertThat(regel.uitleg()).isNotBlank();
            assertThat(regel.bron()).matches(".+\\.drl(\\.csv)?:\\d+");
        });
        assertThat(advies.regelIds()).doesNotHaveDuplicates();
    }
}
