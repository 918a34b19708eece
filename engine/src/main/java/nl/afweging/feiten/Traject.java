// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.feiten;

import java.time.LocalDate;
import nl.afweging.model.EerderTraject;
import nl.afweging.model.Niveau;
import nl.afweging.model.Resultaat;

/** One earlier traject; it knows the peildatum, so date rules never read the system clock. */
public final class Traject {
    private final Niveau niveau;
    private final Resultaat resultaat;
    private final LocalDate einddatum;
    private final LocalDate peildatum;

    /**
     * The traject as a fact.
     *
     * @param t an earlier traject of a valid aanvraag
     * @param peildatum the aanvraag's peildatum
     */
    public Traject(EerderTraject t, LocalDate peildatum) {
        this.niveau = t.niveau();
        this.resultaat = t.resultaat();
        this.einddatum = t.einddatum();
        this.peildatum = peildatum;
    }

    /**
     * The level the traject was at.
     *
     * @return the niveau
     */
    @Leest("eerdereTrajecten.niveau")
    public Niveau getNiveau() { return niveau; }

    /**
     * How the traject ended.
     *
     * @return the resultaat
     */
    @Leest("eerdereTrajecten.resultaat")
    public Resultaat getResultaat() { return resultaat; }

    /**
     * The day the traject ended.
     *
     * @return the einddatum
     */
    @Leest("eerdereTrajecten.einddatum")
    public LocalDate getEinddatum() { return einddatum; }

    /**
     * True when the traject ended at most {@code maanden} months before the peildatum.
     *
     * @param maanden a number of months
     * @return whether it ended within them
     */
    @Leest({"eerdereTrajecten.einddatum", "peildatum"})
    public boolean eindigdeBinnenMaanden(int maanden) {
        return !einddatum.isBefore(peildatum.minusMonths(maanden)) && !einddatum.isAfter(peildatum);
    }
}
