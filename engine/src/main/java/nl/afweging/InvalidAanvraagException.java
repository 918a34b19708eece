// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import java.util.List;
import nl.afweging.model.Fout;

/**
 * The aanvraag is not valid; nothing was decided. {@link #fouten()} lists every problem at once, up to the first 50
 * in the order they were found; {@link #meer()} says how many more there were.
 */
public final class InvalidAanvraagException extends RuntimeException {
    /** The problems listed, at most 50. */
    private final List<Fout> fouten;

    /** How many more problems were found. */
    private final long meer;

    /**
     * An invalid aanvraag with every problem listed.
     *
     * @param fouten the problems
     */
    public InvalidAanvraagException(List<Fout> fouten) {
        this(fouten, 0);
    }

    /**
     * {@code meer}: problems found beyond those listed.
     *
     * @param fouten the problems listed
     * @param meer how many more were found
     */
    public InvalidAanvraagException(List<Fout> fouten, long meer) {
        super(format(fouten, meer));
        this.fouten = List.copyOf(fouten);
        this.meer = meer;
    }

    /**
     * The problems, in the order they were found.
     *
     * @return the problems, unmodifiable
     */
    public List<Fout> fouten() {
        return fouten;
    }

    /**
     * How many problems were found beyond those in {@link #fouten()}: 0 when every one is listed.
     *
     * @return the number of problems not listed
     */
    public long meer() {
        return meer;
    }

    private static String format(List<Fout> fouten, long meer) {
        long totaal = fouten.size() + meer;
        StringBuilder s = new StringBuilder("De aanvraag is ongeldig (" + totaal + (totaal == 1 ? " fout" : " fouten")
                + (meer > 0 ? "; de eerste " + fouten.size() + " staan hieronder):" : "):"));
        fouten.forEach(f -> s.append(System.lineSeparator()).append("  ").append(f.melding()));
        if (meer > 0) {
            s.append(System.lineSeparator()).append("  en ").append(meer).append(" meer");
        }
        return s.toString();
    }
}
