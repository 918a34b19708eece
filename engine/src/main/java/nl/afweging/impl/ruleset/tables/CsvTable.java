package nl.afweging.impl.ruleset.tables;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as rows of cells (RFC 4180 quoting), so messages about a decision table can name the row and
 * the column a policy officer sees in a spreadsheet. Row and column numbers start at 1, as in a spreadsheet.
 */
public final class CsvTable {
    private final List<List<String>> rows;
    private final int unclosedQuoteRow;

    private CsvTable(List<List<String>> rows, int unclosedQuoteRow) {
        this.rows = rows;
        this.unclosedQuoteRow = unclosedQuoteRow;
    }

    public static CsvTable parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int quoteOpenedOnRow = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                quoteOpenedOnRow = rows.size() + 1;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return new CsvTable(rows, quoted ? quoteOpenedOnRow : 0);
    }

    /**
     * The row where a quoted cell opens that is never closed, or 0. Drools reads such a file without a word
     * (the rest of the file becomes one cell), so the loader reports it.
     */
    public int unclosedQuoteRow() {
        return unclosedQuoteRow;
    }

    /** The cells of a 1-based row; empty when the row does not exist. */
    public List<String> row(int number) {
        return number >= 1 && number <= rows.size() ? rows.get(number - 1) : List.of();
    }

    public int size() {
        return rows.size();
    }

    /** The spreadsheet letter of a 1-based column: 1 is A, 27 is AA. */
    public static String columnLetter(int column) {
        StringBuilder s = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }
}
