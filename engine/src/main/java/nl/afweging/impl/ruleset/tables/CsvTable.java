// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset.tables;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as rows of cells (RFC 4180 quoting), so messages about a decision table can name the row and
 * the column a policy officer sees in a spreadsheet. Row and column numbers start at 1, as in a spreadsheet.
 *
 * <p>The cells are separated by commas, or by semicolons when the file's first separator is one: Excel with Dutch
 * settings saves a CSV that way. Each cell's text as written (its quotes too) and each row's line end are kept, so
 * a table written back ({@link CsvWriter}) keeps every cell that did not change byte for byte.
 */
public final class CsvTable {
    private final List<List<String>> rows;
    private final List<List<String>> written;
    private final List<String> lineEnds;
    private final char delimiter;
    private final int unclosedQuoteRow;

    private CsvTable(List<List<String>> rows, List<List<String>> written, List<String> lineEnds, char delimiter,
                     int unclosedQuoteRow) {
        this.rows = rows;
        this.written = written;
        this.lineEnds = lineEnds;
        this.delimiter = delimiter;
        this.unclosedQuoteRow = unclosedQuoteRow;
    }

    /** Rows of cells as they are, e.g. read from a spreadsheet; nothing was written, so nothing is kept. */
    public static CsvTable of(List<List<String>> rows) {
        return new CsvTable(rows.stream().map(List::copyOf).toList(), List.of(), List.of(), ',', 0);
    }

    public static CsvTable parse(String text) {
        char delimiter = delimiterOf(text);
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> written = new ArrayList<>();
        List<String> lineEnds = new ArrayList<>();
        List<String> row = new ArrayList<>();
        List<String> writtenRow = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int cellStart = 0;
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
            } else if (c == delimiter) {
                row.add(cell.toString());
                writtenRow.add(text.substring(cellStart, i));
                cell.setLength(0);
                cellStart = i + 1;
            } else if (c == '\n' || c == '\r') {
                int end = i;
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                writtenRow.add(text.substring(cellStart, end));
                lineEnds.add(text.substring(end, i + 1));
                cell.setLength(0);
                cellStart = i + 1;
                rows.add(row);
                written.add(writtenRow);
                row = new ArrayList<>();
                writtenRow = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty() || cellStart < text.length()) {
            row.add(cell.toString());
            writtenRow.add(text.substring(cellStart));
            lineEnds.add("");
            rows.add(row);
            written.add(writtenRow);
        }
        return new CsvTable(rows, written, lineEnds, delimiter, quoted ? quoteOpenedOnRow : 0);
    }

    /** A semicolon when the first separator outside quotes is one (Excel with Dutch settings), else a comma. */
    static char delimiterOf(String text) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == ',' || c == ';')) {
                return c;
            }
        }
        return ',';
    }

    /** The separator between cells: {@code ','}, or {@code ';'} for a table saved by Excel with Dutch settings. */
    public char delimiter() {
        return delimiter;
    }

    /** The cells of every row, as read. */
    public List<List<String>> rows() {
        return rows.stream().map(List::copyOf).toList();
    }

    /** A 1-based row's cells as written, with their quotes; empty when the table was not read from text. */
    List<String> written(int number) {
        return number >= 1 && number <= written.size() ? written.get(number - 1) : List.of();
    }

    /** The line end after a 1-based row as written ({@code "\n"}, {@code "\r\n"}, or {@code ""} at the end of the file). */
    String lineEnd(int number) {
        return number >= 1 && number <= lineEnds.size() ? lineEnds.get(number - 1) : null;
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
