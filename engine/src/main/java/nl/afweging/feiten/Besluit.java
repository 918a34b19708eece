// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.feiten;

import java.util.Collection;
import java.util.List;
import nl.afweging.model.Niveau;

/**
 * The advised level, inserted by the closing rule once every other rule has fired, so catalogue rules can
 * match on it. The formula is the afwegingskader's: the highest of the basisniveau and every vloer, then
 * capped by every plafond unless a {@link PlafondVervalt} was found.
 */
public final class Besluit {
    private final Niveau niveau;

    public Besluit(Niveau niveau) { this.niveau = niveau; }

    public Niveau getNiveau() { return niveau; }

    /** Called from the closing rule with the collected findings. */
    public static Besluit bereken(Basisniveau basis, List<?> vloeren, List<?> plafonds, boolean plafondVervalt) {
        return new Besluit(niveau(basis.getNiveau(),
                vloeren.stream().map(v -> ((Vloer) v).getNiveau()).toList(),
                plafonds.stream().map(p -> ((Plafond) p).getNiveau()).toList(),
                plafondVervalt));
    }

    public static Niveau niveau(Niveau basis, Collection<Niveau> vloeren, Collection<Niveau> plafonds,
                                boolean plafondVervalt) {
        Niveau niveau = basis;
        for (Niveau vloer : vloeren) {
            niveau = Niveau.max(niveau, vloer);
        }
        if (!plafondVervalt) {
            for (Niveau plafond : plafonds) {
                niveau = Niveau.min(niveau, plafond);
            }
        }
        return niveau;
    }
}
