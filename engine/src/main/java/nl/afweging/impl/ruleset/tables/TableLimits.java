// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset.tables;

import java.util.Locale;

/**
 * How large a decision table may be, checked before anything is built of it: at most {@value #MAX_ROWS} rows,
 * {@value #MAX_COLUMNS} columns (A to BH) and {@value #MAX_CELLS} filled cells. A policy table is a few hundred
 * cells; these bounds leave room for tables a hundred times larger, and keep what reading one costs small. A CSV is
 * counted here, in one pass over its text; a workbook by its reader ({@link WorkbookReader}), to the same bounds,
 * before it builds anything.
 */
public final class TableLimits {
    public static final int MAX_ROWS = 5_000;
    public static final int MAX_COLUMNS = 60;
    public static final int MAX_CELLS = 20_000;

    private TableLimits() {}

    /** What the check found too large, in words for policy staff; {@link #refusal} makes the whole message. */
    public static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;

        public TooLarge(String what) {
            super(what, null, false, false);
        }
    }

    /** The whole message: what is too large, the bounds, and what to do. */
    public static String refusal(String what, boolean workbook) {
        return "de tabel is te groot om te lezen: " + what + ". Een beslistabel heeft hoogstens " + dutch(MAX_ROWS) + " rijen, "
                + MAX_COLUMNS + " kolommen (A tot en met " + CsvTable.columnLetter(MAX_COLUMNS) + ") en " + dutch(MAX_CELLS)
                + " gevulde cellen. "
                + (workbook ? "Staat er iets ver onder of rechts van de tabel? In Excel brengt Ctrl+End u naar de laatste cel die "
                        + "Excel ziet; verwijder de rijen en kolommen die niet bij de tabel horen, of verdeel de tabel over meer bestanden"
                        : "Verwijder de rijen en kolommen die niet bij de tabel horen, of verdeel de tabel over meer bestanden");
    }

    /** The text of a CSV table within the bounds; else what is too large. Quoted cells may hold separators and line ends. */
    static void checkCsv(String text) throws TooLarge {
        char delimiter = CsvTable.delimiterOf(text);
        int rows = 1;
        int columns = 1;
        long cells = 0;
        boolean quoted = false;
        boolean filled = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                filled = true;
            } else if (quoted) {
                continue;
            } else if (c == delimiter || c == '\n' || c == '\r') {
                cells += filled ? 1 : 0;
                filled = false;
                if (c == delimiter) {
                    columns++;
                    if (columns > MAX_COLUMNS) {
                        throw new TooLarge("rij " + rows + " heeft meer dan " + MAX_COLUMNS + " kolommen");
                    }
                } else {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    if (i + 1 < text.length()) {
                        rows++;
                        columns = 1;
                        if (rows > MAX_ROWS) {
                            throw new TooLarge("het bestand heeft meer dan " + dutch(MAX_ROWS) + " rijen");
                        }
                    }
                }
            } else if (!Character.isWhitespace(c)) {
                filled = true;
            }
            if (cells > MAX_CELLS) {
                throw new TooLarge("het bestand heeft meer dan " + dutch(MAX_CELLS) + " gevulde cellen");
            }
        }
    }

    /** 20000 as Dutch writes it: 20.000. */
    public static String dutch(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', '.');
    }
}
