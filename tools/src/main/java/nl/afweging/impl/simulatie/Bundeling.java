// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.simulatie;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Advies;
import nl.afweging.model.CatalogusVoorziening;
import nl.afweging.model.HulpvraagSoort;
import nl.afweging.model.Niveau;
import nl.afweging.simulatie.SimulatieRapport.Aanbod;
import nl.afweging.simulatie.SimulatieRapport.Bundelkans;

/**
 * Bundling chances on the kandidaat side ("collectief boven individueel"): aanvragen in one wijk with the same soort
 * hulpvraag on lokaal team or maatwerk, counted per group; a group of at least the minimum for which the catalogue has
 * a collective offer for that soort on a lower niveau is a chance. Memory: one counter per group, however many aanvragen.
 */
final class Bundeling {
    private record Groep(String wijk, HulpvraagSoort soort, Niveau niveau) {}

    private final Map<Groep, Long> groepen = new HashMap<>();

    void add(Aanvraag aanvraag, Advies kandidaat) {
        Niveau niveau = kandidaat.niveau();
        if (aanvraag.wijk() == null || niveau.compareTo(Niveau.LOKAAL_TEAM) < 0) {
            return;
        }
        for (HulpvraagSoort soort : aanvraag.hulpvraag().soorten()) {
            groepen.merge(new Groep(aanvraag.wijk(), soort, niveau), 1L, Long::sum);
        }
    }

    List<Bundelkans> kansen(int minimum, List<CatalogusVoorziening> catalogus) {
        List<Bundelkans> kansen = new ArrayList<>();
        groepen.forEach((groep, aantal) -> {
            if (aantal < minimum) {
                return;
            }
            // A CBS wijkcode holds the gemeentecode: WK + 4 digits of the gemeente + 2 of the wijk.
            String gemeente = groep.wijk().substring(2, 6);
            List<Aanbod> aanbod = catalogus.stream()
                    .filter(v -> v.collectief() && v.soort() == groep.soort() && v.niveau() != null
                            && v.niveau().compareTo(groep.niveau()) < 0
                            && (v.gemeente() == null || v.gemeente().equals(gemeente)))
                    .sorted(Comparator.comparing(CatalogusVoorziening::niveau).reversed()
                            .thenComparing(CatalogusVoorziening::code))
                    .map(v -> new Aanbod(v.code(), v.naam(), v.niveau(), v.kostenindicatie()))
                    .toList();
            if (!aanbod.isEmpty()) {
                kansen.add(new Bundelkans(groep.wijk(), groep.soort(), groep.niveau(), aantal, aanbod));
            }
        });
        kansen.sort(Comparator.comparingLong(Bundelkans::aantal).reversed()
                .thenComparing(Bundelkans::wijk).thenComparing(Bundelkans::soort).thenComparing(Bundelkans::niveau));
        return List.copyOf(kansen);
    }
}
