// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.feiten;

import nl.afweging.model.HulpvraagSoort;
import nl.afweging.model.Niveau;

/**
 * One soort of the hulpvraag at the advised level, with the aanvraag's gemeente, inserted by the closing rule.
 * The catalogue matches it with one pattern of equality tests, which Drools hashes: a row that does not apply
 * costs next to nothing, so a regional catalogue of a thousand rows is about as fast as one of seventy.
 */
public final class VraagOpNiveau {
    private final Niveau niveau;
    private final HulpvraagSoort soort;
    private final String gemeente;

    /**
     * {@code vraag} is an Object so the closing rule can pass the elements of a collected list straight in.
     *
     * @param besluit the advised level
     * @param vraag a {@link Vraag}
     * @param casus the aanvraag
     */
    public VraagOpNiveau(Besluit besluit, Object vraag, Casus casus) {
        this.niveau = besluit.getNiveau();
        this.soort = ((Vraag) vraag).getSoort();
        this.gemeente = casus.getGemeente();
    }

    /**
     * The advised level.
     *
     * @return the level
     */
    public Niveau getNiveau() { return niveau; }

    /**
     * The soort of the hulpvraag.
     *
     * @return the soort
     */
    @Leest("hulpvraag.soorten")
    public HulpvraagSoort getSoort() { return soort; }

    /**
     * The CBS gemeentecode of the aanvraag; null when it has none.
     *
     * @return the gemeente code, or null
     */
    @Leest("gemeente")
    public String getGemeente() { return gemeente; }
}
