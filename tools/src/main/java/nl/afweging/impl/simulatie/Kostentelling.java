// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.simulatie;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.afweging.model.Advies;
import nl.afweging.model.Niveau;
import nl.afweging.model.Voorziening;
import nl.afweging.simulatie.SimulatieRapport.Bedrag;
import nl.afweging.simulatie.SimulatieRapport.Kostenkant;
import nl.afweging.simulatie.SimulatieRapport.Kostensom;

/**
 * One side's cost reference: the kostenindicaties of the suggested voorzieningen, summed per eenheid (an hour and a
 * day cannot be added), per niveau of the advice. A voorziening without an amount is counted apart: zero would
 * suggest it costs nothing.
 */
final class Kostentelling {
    private final Map<Niveau, Som> perNiveau = new EnumMap<>(Niveau.class);

    void add(Advies advies) {
        Som som = perNiveau.computeIfAbsent(advies.niveau(), n -> new Som());
        for (Voorziening v : advies.voorzieningen()) {
            if (v.kostenindicatie() == null || v.kostenindicatie().bedrag() == null) {
                som.zonderBedrag++;
            } else {
                som.add(String.valueOf(v.kostenindicatie().eenheid()), v.kostenindicatie().bedrag(), 1);
            }
        }
    }

    Kostenkant rapport() {
        Map<Niveau, Kostensom> niveaus = new EnumMap<>(Niveau.class);
        Som totaal = new Som();
        for (Niveau niveau : Niveau.values()) {
            Som som = perNiveau.getOrDefault(niveau, new Som());
            niveaus.put(niveau, som.rapport());
            som.bedragen.forEach((eenheid, b) -> totaal.add(eenheid, b.bedrag, b.aantal));
            totaal.zonderBedrag += som.zonderBedrag;
        }
        return new Kostenkant(Telling.vast(niveaus), totaal.rapport());
    }

    private static final class Som {
        private final Map<String, Teller> bedragen = new TreeMap<>();
        private long zonderBedrag;

        void add(String eenheid, BigDecimal bedrag, long aantal) {
            Teller t = bedragen.computeIfAbsent(eenheid, e -> new Teller());
            t.bedrag = t.bedrag.add(bedrag);
            t.aantal += aantal;
        }

        Kostensom rapport() {
            List<Bedrag> lijst = new ArrayList<>();
            bedragen.forEach((eenheid, t) -> lijst.add(new Bedrag(eenheid, t.bedrag, t.aantal)));
            return new Kostensom(List.copyOf(lijst), zonderBedrag);
        }
    }

    private static final class Teller {
        private BigDecimal bedrag = BigDecimal.ZERO;
        private long aantal;
    }
}
