// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.util.Comparator;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;

/**
 * Where something in a rule set is written: a file, a line (in a decision table: the row, as a spreadsheet
 * numbers it) and, where known, a column as a spreadsheet letter ({@code kolom}, else null). {@link #tekst()} is
 * the one place that writes a rule's bron as an advies and the documentation show it.
 */
public record Bron(String bestand, int regelnummer, String kolom) implements Comparable<Bron> {
    /** File by name, then line by number: "ladder.drl.csv:9" before "ladder.drl.csv:10". */
    private static final Comparator<Bron> ORDER = Comparator.comparing(Bron::bestand).thenComparingInt(Bron::regelnummer)
            .thenComparing(Bron::kolom, Comparator.nullsFirst(Comparator.naturalOrder()));

    public Bron(String bestand, int regelnummer) {
        this(bestand, regelnummer, null);
    }

    /** The same line, in this column (null: none known). */
    public Bron inKolom(String letter) {
        return new Bron(bestand, regelnummer, letter);
    }

    /**
     * As the advies shows it: {@code ladder.drl.csv:14}, {@code stappen.drl:21}. A rule is a whole row or a whole
     * rule text, so the column is no part of it.
     */
    public String tekst() {
        return regelnummer > 0 ? bestand + ":" + regelnummer : bestand;
    }

    /** A problem found here. */
    public LoadProblem probleem(ProblemCode code, String melding) {
        return new LoadProblem(code, bestand, regelnummer, kolom, melding);
    }

    @Override
    public int compareTo(Bron other) {
        return ORDER.compare(this, other);
    }
}
