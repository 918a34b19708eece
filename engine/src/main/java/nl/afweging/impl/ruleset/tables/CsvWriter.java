// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset.tables;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes rows of cells as a comma-separated table, the form kept in git. Where an earlier version of the file is
 * given, every cell whose value did not change keeps its text as written there (its quotes too), every row its
 * line end and its number of cells: a table read from a spreadsheet and written back is byte for byte the file it
 * came from, and a changed cell changes only itself in a diff.
 */
public final class CsvWriter {
    private CsvWriter() {}

    /** The rows in the plain comma form: a cell is quoted only when it must be. */
    public static String write(List<List<String>> rows) {
        return write(rows, null);
    }

    /** The rows, written as {@code previous} wrote the same values; null or a semicolon table: the plain form. */
    public static String write(List<List<String>> rows, CsvTable previous) {
        CsvTable before = previous != null && previous.delimiter() == ',' ? previous : null;
        int last = lastFilledRow(rows);
        if (before != null && rowsEmptyFrom(before, last + 1)) {
            // Empty rows at the end of the file are no part of a spreadsheet, but they are of the file.
            last = Math.max(last, before.size());
        }
        int width = rows.stream().mapToInt(CsvWriter::filled).max().orElse(0);
        if (before != null) {
            for (int r = 1; r <= before.size(); r++) {
                width = Math.max(width, before.row(r).size());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 1; r <= last; r++) {
            List<String> cells = r <= rows.size() ? rows.get(r - 1) : List.of();
            List<String> was = before == null ? List.of() : before.row(r);
            List<String> written = before == null ? List.of() : before.written(r);
            int n = Math.max(filled(cells), was.isEmpty() ? width : was.size());
            List<String> line = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                String value = c < cells.size() ? cells.get(c) : "";
                String old = c < was.size() ? was.get(c) : null;
                line.add(value.equals(old) && c < written.size() ? written.get(c) : quoted(value));
            }
            out.append(String.join(",", line));
            String end = before == null ? null : before.lineEnd(r);
            out.append(end == null || (end.isEmpty() && r < last) ? "\n" : end);
        }
        return out.toString();
    }

    /** A cell as the comma form needs it: in quotes, with quotes doubled, when it holds a comma, quote or line end. */
    static String quoted(String cell) {
        boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    /** How many cells up to the last one that is not empty. */
    private static int filled(List<String> cells) {
        for (int c = cells.size(); c > 0; c--) {
            if (!cells.get(c - 1).isEmpty()) {
                return c;
            }
        }
        return 0;
    }

    private static int lastFilledRow(List<List<String>> rows) {
        for (int r = rows.size(); r > 0; r--) {
            if (filled(rows.get(r - 1)) > 0) {
                return r;
            }
        }
        return 0;
    }

    private static boolean rowsEmptyFrom(CsvTable table, int from) {
        for (int r = from; r <= table.size(); r++) {
            if (filled(table.row(r)) > 0) {
                return false;
            }
        }
        return true;
    }
}
