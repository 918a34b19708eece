// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.feiten;

import nl.afweging.model.Niveau;

/**
 * The level the ZRM ladder gives. Step-down rules (eigen kracht, gebruikelijke hulp, netwerk) lower it with
 * {@code modify}, so later rules see the level as it then stands.
 */
public final class Basisniveau {
    private Niveau niveau;

    /**
     * The level the ladder gives.
     *
     * @param niveau the level
     */
    public Basisniveau(Niveau niveau) { this.niveau = niveau; }

    /**
     * The level as it now stands.
     *
     * @return the level
     */
    public Niveau getNiveau() { return niveau; }

    /**
     * Lowers (or sets) the level; for step-down rules, through {@code modify}.
     *
     * @param niveau the new level
     */
    public void setNiveau(Niveau niveau) { this.niveau = niveau; }
}
