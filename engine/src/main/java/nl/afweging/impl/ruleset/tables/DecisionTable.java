// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One rule table of a {@code .drl.csv} file, read the way Drools reads it: the header keywords above the
 * table ({@code RuleSet}, {@code Import}, {@code HitPolicy}, ...), then the {@code RuleTable} row, the row of
 * column types, the row of object types, the row of code templates, the row of labels and the data rows up
 * to the first empty row. Row numbers are the CSV's (1-based, as a spreadsheet shows them).
 */
public record DecisionTable(String file, String name, int row, Map<String, Keyword> header, List<Column> columns,
                            List<Row> rows) {

    /** A header keyword and its value, e.g. {@code HitPolicy,UNIQUE} on row 4. */
    public record Keyword(String value, int row) {}

    /** One column: its type (CONDITION, ACTION, METADATA, ...), object type, code template and label. */
    public record Column(int index, String type, String objectType, String template, String label) {
        public String letter() {
            return CsvTable.columnLetter(index + 1);
        }

        public boolean isCondition() {
            return type.equals("CONDITION");
        }

        public boolean isAction() {
            return type.equals("ACTION");
        }
    }

    /** One data row: a rule. */
    public record Row(int number, List<String> cells) {
        public String cell(Column column) {
            return column.index() < cells.size() ? cells.get(column.index()).strip() : "";
        }
    }

    /** Every rule table in a CSV file (usually one), each with the header keywords written above it. */
    public static List<DecisionTable> in(String file, CsvTable csv) {
        List<DecisionTable> tables = new ArrayList<>();
        Map<String, Keyword> header = new LinkedHashMap<>();
        int r = 1;
        while (r <= csv.size()) {
            List<String> cells = csv.row(r);
            String first = firstCell(cells);
            if (first.toLowerCase(Locale.ROOT).startsWith("ruletable")) {
                DecisionTable table = read(file, csv, r, first.substring("ruletable".length()).strip(), Map.copyOf(header));
                tables.add(table);
                r = table.rows.isEmpty() ? r + 5 : table.rows.get(table.rows.size() - 1).number() + 1;
            } else {
                if (!first.isEmpty()) {
                    header.put(first, new Keyword(cell(cells, indexOf(cells, first) + 1), r));
                }
                r++;
            }
        }
        return tables;
    }

    private static DecisionTable read(String file, CsvTable csv, int at, String name, Map<String, Keyword> header) {
        List<String> types = csv.row(at + 1);
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < types.size(); c++) {
            String type = types.get(c).strip().toUpperCase(Locale.ROOT);
            if (!type.isEmpty()) {
                columns.add(new Column(c, type, cell(csv.row(at + 2), c), cell(csv.row(at + 3), c), cell(csv.row(at + 4), c)));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = at + 5; r <= csv.size() && !firstCell(csv.row(r)).isEmpty(); r++) {
            rows.add(new Row(r, csv.row(r)));
        }
        return new DecisionTable(file, name, at, header, List.copyOf(columns), List.copyOf(rows));
    }

    /** The value of a header keyword (case as Drools ignores it), or null. */
    /** This table without these rows (by number); the same table when none of them is in it. */
    public DecisionTable withoutRows(java.util.Set<Integer> numbers) {
        if (rows.stream().noneMatch(r -> numbers.contains(r.number()))) {
            return this;
        }
        return new DecisionTable(file, name, row, header, columns, rows.stream().filter(r -> !numbers.contains(r.number())).toList());
    }

    public Keyword keyword(String name) {
        return header.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    /** The METADATA column whose template is {@code key(...)}, e.g. the rule id; null when there is none. */
    public Column metadata(String key) {
        return columns.stream().filter(c -> c.type().equals("METADATA") && c.template().startsWith(key + "("))
                .findFirst().orElse(null);
    }

    /** How a row is named in messages: its id where the table has one, with its place. */
    public String describe(Row row) {
        Column id = metadata("id");
        String place = file + ":" + row.number();
        return id == null || row.cell(id).isEmpty() ? place : place + " (" + row.cell(id) + ")";
    }

    private static String cell(List<String> cells, int c) {
        return c < cells.size() ? cells.get(c).strip() : "";
    }

    private static String firstCell(List<String> cells) {
        return cells.stream().map(String::strip).filter(s -> !s.isEmpty()).findFirst().orElse("");
    }

    private static int indexOf(List<String> cells, String stripped) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).strip().equals(stripped)) {
                return i;
            }
        }
        return -1;
    }
}
