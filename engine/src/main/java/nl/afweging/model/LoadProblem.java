package nl.afweging.model;

/**
 * One problem found while loading a rule set, pointing at the file and the line (for a decision table:
 * the row, and where known the column, as a spreadsheet letter).
 */
public record LoadProblem(String bestand, int regel, String kolom, String melding) {

    /** Where the problem is, e.g. {@code ladder.drl.csv:14 (kolom C)} or {@code stappen.drl:21}. */
    public String plaats() {
        StringBuilder s = new StringBuilder(bestand == null ? "(regelset)" : bestand);
        if (regel > 0) {
            s.append(':').append(regel);
        }
        if (kolom != null) {
            s.append(" (kolom ").append(kolom).append(')');
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return plaats() + ": " + melding;
    }
}
