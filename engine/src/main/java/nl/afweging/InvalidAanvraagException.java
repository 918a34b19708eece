package nl.afweging;

import java.util.List;
import nl.afweging.model.Fout;

/** The aanvraag is not valid; nothing was decided. {@link #fouten()} lists every problem at once. */
public final class InvalidAanvraagException extends RuntimeException {
    private final List<Fout> fouten;

    public InvalidAanvraagException(List<Fout> fouten) {
        super(format(fouten));
        this.fouten = List.copyOf(fouten);
    }

    public List<Fout> fouten() {
        return fouten;
    }

    private static String format(List<Fout> fouten) {
        StringBuilder s = new StringBuilder("De aanvraag is ongeldig (" + fouten.size()
                + (fouten.size() == 1 ? " fout):" : " fouten):"));
        fouten.forEach(f -> s.append(System.lineSeparator()).append("  ").append(f.melding()));
        return s.toString();
    }
}
