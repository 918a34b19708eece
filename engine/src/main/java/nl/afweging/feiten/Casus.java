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

    /** The CBS gemeentecode, or null. */
    @Leest("gemeente")
    public String getGemeente() { return gemeente; }

    @Leest("wet")
    public Wet getWet() { return wet; }
    @Leest("persoon.leeftijd")
    @Bereik(van = 0, totEnMet = 120)
    public int getLeeftijd() { return leeftijd; }
    @Leest("hulpvraag.soorten")
    public Set<HulpvraagSoort> getSoorten() { return soorten; }
    @Leest("hulpvraag.duur")
    public Duur getDuur() { return duur; }
    @Leest("veiligheid")
    public Veiligheid getVeiligheid() { return veiligheid; }
    @Leest("hulpGeaccepteerd")
    public boolean isHulpGeaccepteerd() { return hulpGeaccepteerd; }
    @Leest("wlz")
    public Wlz getWlz() { return wlz; }
    @Leest("zvwAanspraak")
    public boolean isZvwAanspraak() { return zvwAanspraak; }
    @Leest("verwijzer")
    public Verwijzer getVerwijzer() { return verwijzer; }
    @Leest("netwerk.beschikbaar")
    public boolean isNetwerkBeschikbaar() { return netwerkBeschikbaar; }
    @Leest("netwerk.mantelzorgerOverbelast")
    public boolean isMantelzorgerOverbelast() { return mantelzorgerOverbelast; }
    @Leest("peildatum")
    public LocalDate getPeildatum() { return peildatum; }

    /** True when the hulpvraag names this soort. */
    @Leest("hulpvraag.soorten")
    public boolean heeftSoort(HulpvraagSoort soort) {
        return soorten.contains(soort);
    }

    /** True when every soort in the hulpvraag is this one. */
    @Leest("hulpvraag.soorten")
    public boolean alleenSoort(HulpvraagSoort soort) {
        return soorten.size() == 1 && soorten.contains(soort);
    }
}
