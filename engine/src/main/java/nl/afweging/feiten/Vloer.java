// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.feiten;

import nl.afweging.model.Niveau;

/** A finding: the level that must at least be advised. */
public final class Vloer {
    private final Niveau niveau;

    /**
     * The level that must at least be advised.
     *
     * @param niveau the level
     */
    public Vloer(Niveau niveau) { this.niveau = niveau; }

    /**
     * The level that must at least be advised.
     *
     * @return the level
     */
    public Niveau getNiveau() { return niveau; }
}
