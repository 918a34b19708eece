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

    public Traject(EerderTraject t, LocalDate peildatum) {
        this.niveau = t.niveau();
        this.resultaat = t.resultaat();
        this.einddatum = t.einddatum();
        this.peildatum = peildatum;
    }

    @Leest("eerdereTrajecten.niveau")
    public Niveau getNiveau() { return niveau; }
    @Leest("eerdereTrajecten.resultaat")
    public Resultaat getResultaat() { return resultaat; }
    @Leest("eerdereTrajecten.einddatum")
    public LocalDate getEinddatum() { return einddatum; }

    /** True when the traject ended at most {@code maanden} months before the peildatum. */
    @Leest({"eerdereTrajecten.einddatum", "peildatum"})
    public boolean eindigdeBinnenMaanden(int maanden) {
        return !einddatum.isBefore(peildatum.minusMonths(maanden)) && !einddatum.isAfter(peildatum);
    }
}
