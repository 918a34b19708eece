// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.feiten;

import nl.afweging.model.Niveau;

/**
 * The level the ZRM ladder gives. Step-down rules (eigen kracht, gebruikelijke hulp, netwerk) lower it with
 * {@code modify}, so later rules see the level as it then stands.
 */
public final class Basisniveau {
    private Niveau niveau;

    public Basisniveau(Niveau niveau) { this.niveau = niveau; }

    public Niveau getNiveau() { return niveau; }

    public void setNiveau(Niveau niveau) { this.niveau = niveau; }
}
