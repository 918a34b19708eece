// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.EerderTraject;
import nl.afweging.model.Huisgenoot;
import nl.afweging.model.Hulpvraag;
import nl.afweging.model.HulpvraagSoort;
import nl.afweging.model.Leefgebied;
import nl.afweging.model.Netwerk;
import nl.afweging.model.Niveau;
import nl.afweging.model.Persoon;
import nl.afweging.model.Relatie;
import nl.afweging.model.Resultaat;
import nl.afweging.model.Veiligheid;
import nl.afweging.model.Verwijzer;
import nl.afweging.model.Wet;
import nl.afweging.model.Wlz;

/** Valid random aanvragen over the whole contract, for property tests. */
final class AanvraagArbitraries {
    static final LocalDate PEILDATUM = LocalDate.of(2026, 6, 1);

    private AanvraagArbitraries() {}

    static Arbitrary<Aanvraag> aanvragen() {
        Arbitrary<Map<Leefgebied, Integer>> zrm = Arbitraries.maps(
                Arbitraries.of(Leefgebied.class), Arbitraries.integers().between(1, 5)).ofMaxSize(13);
        Arbitrary<List<HulpvraagSoort>> soorten = Arbitraries.of(HulpvraagSoort.class).list().uniqueElements().ofMinSize(1).ofMaxSize(3);
        Arbitrary<Huisgenoot> huisgenoot = Combinators.combine(Arbitraries.of(Relatie.class), Arbitraries.integers().between(0, 95),
                Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false)).as(Huisgenoot::new);
        Arbitrary<EerderTraject> traject = Combinators.combine(
                Arbitraries.of(Niveau.SOCIALE_BASIS, Niveau.LOKAAL_TEAM, Niveau.SPECIALISTISCH_MAATWERK),
                Arbitraries.of(Resultaat.class), Arbitraries.integers().between(0, 900))
                .as((niveau, resultaat, dagen) -> new EerderTraject(niveau, resultaat, PEILDATUM.minusDays(dagen)));
        Arbitrary<Netwerk> netwerk = Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false)).as(Netwerk::new);

        Arbitrary<Object[]> situatie = Combinators.combine(Arbitraries.of(Veiligheid.class), Arbitraries.of(true, false),
                Arbitraries.of(Wlz.class), Arbitraries.of(true, false), Arbitraries.of(Verwijzer.class), netwerk)
                .as((v, h, w, z, r, n) -> new Object[] {v, h, w, z, r, n});
        return Combinators.combine(Arbitraries.of(Wet.class), Arbitraries.integers().between(0, 100), soorten, zrm,
                        huisgenoot.list().ofMaxSize(2), traject.list().ofMaxSize(3), situatie, Arbitraries.integers().between(1, 99999))
                .as((wet, leeftijd, s, scores, huis, trajecten, sit, nr) -> new Aanvraag("prop-" + nr, PEILDATUM, null, null, wet,
                        new Persoon(leeftijd), new Hulpvraag(s), scores, huis, (Netwerk) sit[5], (Veiligheid) sit[0],
                        (Boolean) sit[1], (Wlz) sit[2], (Boolean) sit[3], (Verwijzer) sit[4], trajecten));
    }
}
