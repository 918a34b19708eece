// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.feiten;

import nl.afweging.model.Relatie;

/** One huisgenoot of the aanvrager, for the rules on gebruikelijke hulp. */
public final class Huisgenoot {
    private final Relatie relatie;
    private final int leeftijd;
    private final boolean beschikbaar;
    private final boolean overbelast;
    private final boolean beperking;

    public Huisgenoot(nl.afweging.model.Huisgenoot h) {
        this.relatie = h.relatie();
        this.leeftijd = h.leeftijd();
        this.beschikbaar = h.beschikbaar();
        this.overbelast = h.overbelast();
        this.beperking = h.beperking();
    }

    @Leest("huisgenoten.relatie")
    public Relatie getRelatie() { return relatie; }
    @Leest("huisgenoten.leeftijd")
    @Bereik(van = 0, totEnMet = 120)
    public int getLeeftijd() { return leeftijd; }
    @Leest("huisgenoten.beschikbaar")
    public boolean isBeschikbaar() { return beschikbaar; }
    @Leest("huisgenoten.overbelast")
    public boolean isOverbelast() { return overbelast; }
    @Leest("huisgenoten.beperking")
    public boolean isBeperking() { return beperking; }
}
