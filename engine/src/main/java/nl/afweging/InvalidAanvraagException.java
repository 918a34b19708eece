// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import java.util.List;
import nl.afweging.model.Fout;

/**
 * The aanvraag is not valid; nothing was decided. {@link #fouten()} lists every problem at once, up to the first 50
 * in the order they were found; {@link #meer()} says how many more there were.
 */
public final class InvalidAanvraagException extends RuntimeException {
    private final List<Fout> fouten;
    private final long meer;

    public InvalidAanvraagException(List<Fout> fouten) {
        this(fouten, 0);
    }

    /** {@code meer}: problems found beyond those listed. */
    public InvalidAanvraagException(List<Fout> fouten, long meer) {
        super(format(fouten, meer));
        this.fouten = List.copyOf(fouten);
        this.meer = meer;
    }

    public List<Fout> fouten() {
        return fouten;
    }

    /** How many problems were found beyond those in {@link #fouten()}: 0 when every one is listed. */
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
