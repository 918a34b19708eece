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

    /**
     * The huisgenoot as a fact.
     *
     * @param h a huisgenoot of a valid aanvraag
     */
    public Huisgenoot(nl.afweging.model.Huisgenoot h) {
        this.relatie = h.relatie();
        this.leeftijd = h.leeftijd();
        this.beschikbaar = h.beschikbaar();
        this.overbelast = h.overbelast();
        this.beperking = h.beperking();
    }

    /**
     * How the huisgenoot relates to the aanvrager.
     *
     * @return the relatie
     */
    @Leest("huisgenoten.relatie")
    public Relatie getRelatie() { return relatie; }

    /**
     * The huisgenoot's age in years.
     *
     * @return the age
     */
    @Leest("huisgenoten.leeftijd")
    @Bereik(van = 0, totEnMet = 120)
    public int getLeeftijd() { return leeftijd; }

    /**
     * Whether the huisgenoot is available to help.
     *
     * @return true when available
     */
    @Leest("huisgenoten.beschikbaar")
    public boolean isBeschikbaar() { return beschikbaar; }

    /**
     * Whether the huisgenoot is overloaded.
     *
     * @return true when overloaded
     */
    @Leest("huisgenoten.overbelast")
    public boolean isOverbelast() { return overbelast; }

    /**
     * Whether the huisgenoot has a limitation of their own.
     *
     * @return true when they have
     */
    @Leest("huisgenoten.beperking")
    public boolean isBeperking() { return beperking; }
}
