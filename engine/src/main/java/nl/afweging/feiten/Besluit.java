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

    /**
     * The advised level.
     *
     * @param niveau the level
     */
    public Besluit(Niveau niveau) { this.niveau = niveau; }

    /**
     * The advised level.
     *
     * @return the level
     */
    public Niveau getNiveau() { return niveau; }

    /**
     * Called from the closing rule with the collected findings.
     *
     * @param basis the basisniveau
     * @param vloeren every {@link Vloer} found
     * @param plafonds every {@link Plafond} found
     * @param plafondVervalt whether a {@link PlafondVervalt} was found
     * @return the advised level
     */
    public static Besluit bereken(Basisniveau basis, List<?> vloeren, List<?> plafonds, boolean plafondVervalt) {
        return new Besluit(niveau(basis.getNiveau(),
                vloeren.stream().map(v -> ((Vloer) v).getNiveau()).toList(),
                plafonds.stream().map(p -> ((Plafond) p).getNiveau()).toList(),
                plafondVervalt));
    }

    /**
     * The afwegingskader's formula: the highest of {@code basis} and every vloer, then the lowest of that and every
     * plafond unless {@code plafondVervalt}.
     *
     * @param basis the basisniveau
     * @param vloeren the levels that must at least be advised
     * @param plafonds the highest levels that may be advised
     * @param plafondVervalt true when the plafonds do not count
     * @return the advised level
     */
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
