// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

/**
 * One problem found while loading or checking a rule set: what kind of problem it is ({@code code}, stable), the
 * file and the line (for a decision table: the row, and where known the column, as a spreadsheet letter) and
 * the message for people.
 */
public record LoadProblem(ProblemCode code, String bestand, int regelnummer, String kolom, String melding) {

    /**
     * Where the problem is, e.g. {@code ladder.drl.csv:14 (kolom C)} or {@code stappen.drl:21}.
     *
     * @return the place
     */
    public String plaats() {
        StringBuilder s = new StringBuilder(bestand == null ? "(regelset)" : bestand);
        if (regelnummer > 0) {
            s.append(':').append(regelnummer);
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
