// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.feiten;

import nl.afweging.model.Niveau;

/** A finding: the highest level the gemeente may advise (e.g. because the Wlz applies). */
public final class Plafond {
    private final Niveau niveau;

    /**
     * The highest level that may be advised.
     *
     * @param niveau the level
     */
    public Plafond(Niveau niveau) { this.niveau = niveau; }

    /**
     * The highest level that may be advised.
     *
     * @return the level
     */
    public Niveau getNiveau() { return niveau; }
}
