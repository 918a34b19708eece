// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.feiten;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Duur;
import nl.afweging.model.HulpvraagSoort;
import nl.afweging.model.Veiligheid;
import nl.afweging.model.Verwijzer;
import nl.afweging.model.Wet;
import nl.afweging.model.Wlz;

/**
 * The aanvraag as one flat fact, with every default filled in. Each member says with {@link Leest} which field of
 * the aanvraag it gives; a rule that uses the member has read that field.
 */
public final class Casus {
    private final String gemeente;
    private final Wet wet;
    private final int leeftijd;
    private final Set<HulpvraagSoort> soorten;
    private final Duur duur;
    private final Veiligheid veiligheid;
    private final boolean hulpGeaccepteerd;
    private final Wlz wlz;
    private final boolean zvwAanspraak;
    private final Verwijzer verwijzer;
    private final boolean netwerkBeschikbaar;
    private final boolean mantelzorgerOverbelast;
    private final LocalDate peildatum;

    /**
     * The aanvraag as a fact.
     *
     * @param a a valid aanvraag
     */
    public Casus(Aanvraag a) {
        this.gemeente = a.gemeente();
        this.wet = a.wet();
        this.leeftijd = a.persoon().leeftijd();
        this.soorten = a.hulpvraag().soorten().isEmpty()
                ? EnumSet.noneOf(HulpvraagSoort.class) : EnumSet.copyOf(a.hulpvraag().soorten());
        this.duur = a.hulpvraag().duur();
        this.veiligheid = a.veiligheid();
        this.hulpGeaccepteerd = a.hulpGeaccepteerd();
        this.wlz = a.wlz();
        this.zvwAanspraak = a.zvwAanspraak();
        this.verwijzer = a.verwijzer();
        this.netwerkBeschikbaar = a.netwerk().beschikbaar();
        this.mantelzorgerOverbelast = a.netwerk().mantelzorgerOverbelast();
        this.peildatum = a.peildatum();
    }

    /**
     * The CBS gemeentecode, or null.
     *
     * @return the gemeente code, or null
     */
    @Leest("gemeente")
    public String getGemeente() { return gemeente; }

    /**
     * The law the aanvraag falls under.
     *
     * @return the wet
     */
    @Leest("wet")
    public Wet getWet() { return wet; }

    /**
     * The person's age in years.
     *
     * @return the age
     */
    @Leest("persoon.leeftijd")
    @Bereik(van = 0, totEnMet = 120)
    public int getLeeftijd() { return leeftijd; }

    /**
     * The soorten of the hulpvraag.
     *
     * @return the soorten
     */
    @Leest("hulpvraag.soorten")
    public Set<HulpvraagSoort> getSoorten() { return soorten; }

    /**
     * How long help is needed.
     *
     * @return the duur
     */
    @Leest("hulpvraag.duur")
    public Duur getDuur() { return duur; }

    /**
     * The safety situation.
     *
     * @return the veiligheid
     */
    @Leest("veiligheid")
    public Veiligheid getVeiligheid() { return veiligheid; }

    /**
     * Whether the person accepts help.
     *
     * @return true when help is accepted
     */
    @Leest("hulpGeaccepteerd")
    public boolean isHulpGeaccepteerd() { return hulpGeaccepteerd; }

    /**
     * The Wlz situation.
     *
     * @return the wlz
     */
    @Leest("wlz")
    public Wlz getWlz() { return wlz; }

    /**
     * Whether there is a claim under the Zvw.
     *
     * @return true when there is
     */
    @Leest("zvwAanspraak")
    public boolean isZvwAanspraak() { return zvwAanspraak; }

    /**
     * Who referred the person.
     *
     * @return the verwijzer
     */
    @Leest("verwijzer")
    public Verwijzer getVerwijzer() { return verwijzer; }

    /**
     * Whether the person's network can help.
     *
     * @return true when it can
     */
    @Leest("netwerk.beschikbaar")
    public boolean isNetwerkBeschikbaar() { return netwerkBeschikbaar; }

    /**
     * Whether the mantelzorger is overloaded.
     *
     * @return true when overloaded
     */
    @Leest("netwerk.mantelzorgerOverbelast")
    public boolean isMantelzorgerOverbelast() { return mantelzorgerOverbelast; }

    /**
     * The peildatum: the day the rules are applied for.
     *
     * @return the peildatum
     */
    @Leest("peildatum")
    public LocalDate getPeildatum() { return peildatum; }

    /**
     * True when the hulpvraag names this soort.
     *
     * @param soort a soort
     * @return whether the hulpvraag names it
     */
    @Leest("hulpvraag.soorten")
    public boolean heeftSoort(HulpvraagSoort soort) {
        return soorten.contains(soort);
    }

    /**
     * True when every soort in the hulpvraag is this one.
     *
     * @param soort a soort
     * @return whether it is the only soort
     */
    @Leest("hulpvraag.soorten")
    public boolean alleenSoort(HulpvraagSoort soort) {
        return soorten.size() == 1 && soorten.contains(soort);
    }
}
