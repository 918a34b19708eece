// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.afweging.impl.ruleset.tables.DecisionTable;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;

/**
 * Checks every cell of a decision table against what its column's template makes of it, before Drools pastes it
 * into code, so no cell can become code. What a column takes follows from where its template puts the value:
 * <ul>
 * <li>after a model value's name ({@code Niveau.$param}): one of that value's names;</li>
 * <li>inside quotes ({@code naam("$param")}): text without a quote, backslash or line break; for a verwijzing or
 *     aandachtspunt, which the advies shows as a code, a code such as {@code VEILIG_THUIS};</li>
 * <li>as a METADATA value ({@code id($param)}): one word of letters, digits, {@code -}, {@code _} and {@code .};</li>
 * <li>elsewhere ({@code laagsteScore >= $param}): a number, or {@code true}/{@code false}; only {@code true} or
 *     {@code false} when the column's label says {@code (true/false)};</li>
 * <li>an action without a value ({@code insert(new Spoed());}): {@code ja} or an empty cell, since any filled cell
 *     makes the action happen; a condition without one ({@code heeftScores}): text, as Drools compares it with
 *     {@code == "cell"}.</li>
 * </ul>
 * A cell of {@code $1, $2} or {@code forall} columns is a list separated by commas, each part checked by its place.
 *
 * <p>Every message says it in the officer's words, with the row's own id ({@code rij V5: ...}): the nearest name
 * for a misspelt value, a point for a decimal comma, a 4-digit gemeente code for one Excel shortened. Excel's
 * {@code TRUE}/{@code FALSE}/{@code WAAR}/{@code ONWAAR} (any case) in a true/false place is read as
 * {@code true}/{@code false}: {@link Checked#replacements()} are those cells, which Drools is given as
 * {@code true}/{@code false} ({@link RowsLeftOut}), and {@link Checked#tables()} the tables with them.
 */
public final class CellCheck {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$(param\\b|\\d+|(?!\\w))");
    private static final Pattern ENUM_BEFORE = Pattern.compile("(\\w+)\\.$");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,9}(\\.\\d{1,9})?");
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]*");
    /** A finding whose text is a code in the advies: {@code insert(new Verwijzing("$param"))}. */
    private static final Pattern CODE_FINDING = Pattern.compile("new (Verwijzing|Aandachtspunt)\\(\"$");
    /** The advies schema's pattern for verwijzingen and aandachtspunten. */
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** A gemeente condition of the catalogue: {@code gemeente == "$param"}, a CBS code. */
    private static final Pattern GEMEENTE = Pattern.compile("\\bgemeente\\s*==\\s*\"$");
    private static final Pattern GEMEENTECODE = Pattern.compile("\\d{4}");
    /** A number written with a decimal comma, as a Dutch Excel writes it. */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d+");
    /** Excel's ways to write true and false (any case), as Drools is given them. */
    private static final Map<String, String> WAARHEID = Map.of("true", "true", "waar", "true", "false", "false",
            "onwaar", "false");

    /**
     * What the check found: the problems, the tables with Excel's true/false read as {@code true}/{@code false},
     * and those cells by row and column (both 1-based, as a spreadsheet numbers them) with what Drools is given.
     */
    record Checked(List<LoadProblem> problems, List<DecisionTable> tables, Map<Integer, Map<Integer, String>> replacements) {}

    /** What one place in a template takes. {@code values} are the enum's names for {@link Soort#WAARDE_UIT}. */
    private record Plek(Soort soort, String type, List<String> values) {}

    private enum Soort { WAARDE_UIT, TEKST, CODE, WOORD, GETAL_OF_WAAR, WAAR, HEEL_GETAL, GEMEENTE }

    private CellCheck() {}

    /** Every cell that does not fit its column, as a problem at its row and column. */
    static List<LoadProblem> check(String pad, List<DecisionTable> tables) {
        return checkAndNormalise(pad, tables).problems();
    }

    /** Every cell that does not fit its column, and the tables with Excel's true/false as Drools takes them. */
    static Checked checkAndNormalise(String pad, List<DecisionTable> tables) {
        List<LoadProblem> problems = new ArrayList<>();
        Map<Integer, Map<Integer, String>> replacements = new LinkedHashMap<>();
        List<DecisionTable> normalised = new ArrayList<>();
        for (DecisionTable table : tables) {
            DecisionTable.Column idColumn = table.metadata("id");
            Map<Integer, List<String>> rows = new LinkedHashMap<>();
            table.rows().forEach(r -> rows.put(r.number(), new ArrayList<>(r.cells())));
            for (DecisionTable.Column column : table.columns()) {
                boolean checked = column.isCondition() || column.isAction() || column.type().equals("METADATA");
                // Without a template Drools cannot read the table at all (TABEL_ONLEESBAAR).
                if (!checked || column.template().isEmpty()) {
                    continue;
                }
                List<Plek> plekken = plekken(column);
                for (DecisionTable.Row row : table.rows()) {
                    String cell = row.cell(column);
                    if (cell.isEmpty()) {
                        continue;
                    }
                    String fout = fout(cell, plekken, column.template());
                    if (fout != null) {
                        problems.add(new Bron(pad, row.number()).inKolom(column.letter()).probleem(ProblemCode.CEL_ONGELDIG,
                                rij(table, idColumn, row) + ": de cel '" + cell + "' in kolom '" + column.label()
                                        + "' klopt niet: " + fout));
                        continue;
                    }
                    String normal = normalise(cell, plekken, column.template());
                    if (!normal.equals(cell)) {
                        replacements.computeIfAbsent(row.number(), n -> new LinkedHashMap<>()).put(column.index() + 1, normal);
                        rows.get(row.number()).set(column.index(), normal);
                    }
                }
            }
            normalised.add(new DecisionTable(table.file(), table.name(), table.row(), table.header(), table.columns(),
                    table.rows().stream().map(r -> new DecisionTable.Row(r.number(), List.copyOf(rows.get(r.number()))))
                            .toList()));
        }
        return new Checked(problems, normalised, replacements);
    }

    /**
     * The values a cell of each column takes when they are a short closed list, by the column's index (from 0): an
     * enum's names where the whole cell is one, {@code true}/{@code false} in a true/false column, {@code ja} in a column
     * where any filled cell means yes. The same reading of the templates as the check of every cell, so a workbook's
     * dropdown offers exactly what the check accepts. Columns that take a list, a number or text have none.
     *
     * @param table a decision table
     * @return the allowed values per column index
     */
    public static Map<Integer, List<String>> keuzes(DecisionTable table) {
        Map<Integer, List<String>> keuzes = new LinkedHashMap<>();
        for (DecisionTable.Column column : table.columns()) {
            if (!(column.isCondition() || column.isAction()) || column.template().isEmpty()) {
                continue;
            }
            List<Plek> plekken = plekken(column);
            if (plekken.isEmpty()) {
                keuzes.put(column.index(), List.of("ja"));
            } else if (plekken.size() == 1 && !inParts(plekken, column.template())) {
                Plek plek = plekken.get(0);
                if (plek.soort() == Soort.WAARDE_UIT) {
                    keuzes.put(column.index(), plek.values());
                } else if (plek.soort() == Soort.WAAR) {
                    keuzes.put(column.index(), List.of("true", "false"));
                }
            }
        }
        return keuzes;
    }

    /**
     * The cells of a table as the officer meant them, by row and column (both from 1, as a sheet numbers them): a cell
     * of a column with a closed list ({@link #keuzes}) typed in another case or with spaces around it ({@code Ja},
     * {@code JA}, {@code "ja "}, {@code TRUE}, {@code Waar}, {@code Onwaar}) as the list has it. Cells that mean nothing
     * in the list are left for the check to name.
     *
     * @param table a decision table, its cells as typed
     * @return the cells to write otherwise, with what to write
     */
    public static Map<Integer, Map<Integer, String>> bedoeld(DecisionTable table) {
        Map<Integer, Map<Integer, String>> bedoeld = new LinkedHashMap<>();
        Map<Integer, List<String>> keuzes = keuzes(table);
        for (DecisionTable.Row row : table.rows()) {
            keuzes.forEach((column, values) -> {
                String typed = column < row.cells().size() ? row.cells().get(column) : "";
                String value = typed.strip();
                String meant = values.equals(List.of("true", "false")) ? WAARHEID.get(value.toLowerCase(Locale.ROOT))
                        : values.stream().filter(value::equalsIgnoreCase).findFirst().orElse(null);
                if (meant != null && !meant.equals(typed)) {
                    bedoeld.computeIfAbsent(row.number(), n -> new LinkedHashMap<>()).put(column + 1, meant);
                }
            });
        }
        return bedoeld;
    }

    /** How a message names the row: by its own id ({@code rij V5}), else by its number. */
    static String rij(DecisionTable table, DecisionTable.Column idColumn, DecisionTable.Row row) {
        String id = idColumn == null ? "" : row.cell(idColumn);
        return "rij " + (id.isEmpty() ? String.valueOf(row.number()) : id);
    }

    /** What each placeholder in the column's template takes, in order; empty when it has none. */
    private static List<Plek> plekken(DecisionTable.Column column) {
        String template = column.template();
        List<Plek> plekken = new ArrayList<>();
        if (column.isCondition() && !PLACEHOLDER.matcher(template).find()) {
            // Drools writes such a condition as template == "cell".
            return List.of(new Plek(Soort.TEKST, null, List.of()));
        }
        if (column.type().equals("METADATA") && !PLACEHOLDER.matcher(template).find()) {
            return List.of(new Plek(Soort.WOORD, null, List.of()));
        }
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            String before = template.substring(0, m.start());
            Matcher enumName = ENUM_BEFORE.matcher(before);
            Class<?> type = enumName.find() ? enumType(enumName.group(1)) : null;
            if (type != null) {
                plekken.add(new Plek(Soort.WAARDE_UIT, type.getSimpleName(),
                        Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList()));
            } else if (insideQuotes(before) && GEMEENTE.matcher(before).find()) {
                plekken.add(new Plek(Soort.GEMEENTE, null, List.of()));
            } else if (insideQuotes(before) && CODE_FINDING.matcher(before).find()) {
                plekken.add(new Plek(Soort.CODE, null, List.of()));
            } else if (insideQuotes(before)) {
                plekken.add(new Plek(Soort.TEKST, null, List.of()));
            } else if (column.type().equals("METADATA")) {
                plekken.add(new Plek(Soort.WOORD, null, List.of()));
            } else if (before.contains("new Parameter(")) {
                plekken.add(new Plek(Soort.HEEL_GETAL, null, List.of()));
            } else {
                boolean waar = column.label().toLowerCase(Locale.ROOT).contains("(true/false)");
                plekken.add(new Plek(waar ? Soort.WAAR : Soort.GETAL_OF_WAAR, null, List.of()));
            }
        }
        return plekken;
    }

    /** Why the cell does not fit, or null when it does. */
    private static String fout(String cell, List<Plek> plekken, String template) {
        if (plekken.isEmpty()) {
            return cell.equalsIgnoreCase("ja") ? null
                    : "in deze kolom betekent elke ingevulde cel 'ja'; schrijf ja, of laat de cel leeg voor nee";
        }
        List<String> values = values(cell, plekken, template);
        for (int i = 0; i < values.size(); i++) {
            Plek plek = plekken.get(Math.min(i, plekken.size() - 1));
            String fout = fout(values.get(i), plek);
            if (fout != null) {
                return fout;
            }
        }
        return null;
    }

    /** $param takes the whole cell; $1, $2 and a forall's $ take its parts between commas. */
    private static boolean inParts(List<Plek> plekken, String template) {
        return plekken.size() > 1 || template.contains("forall(") || !template.contains("$param");
    }

    private static List<String> values(String cell, List<Plek> plekken, String template) {
        return inParts(plekken, template) ? Arrays.stream(cell.split(",", -1)).map(String::strip).toList() : List.of(cell);
    }

    /** The cell as Drools takes it: Excel's true/false in a true/false place as true or false; else as written. */
    private static String normalise(String cell, List<Plek> plekken, String template) {
        if (plekken.isEmpty()) {
            return cell;
        }
        List<String> values = values(cell, plekken, template);
        List<String> normal = new ArrayList<>();
        boolean changed = false;
        for (int i = 0; i < values.size(); i++) {
            Soort soort = plekken.get(Math.min(i, plekken.size() - 1)).soort();
            String value = values.get(i);
            String waarheid = soort == Soort.WAAR || soort == Soort.GETAL_OF_WAAR
                    ? WAARHEID.get(value.toLowerCase(Locale.ROOT)) : null;
            if (waarheid != null && !waarheid.equals(value)) {
                normal.add(waarheid);
                changed = true;
            } else {
                normal.add(value);
            }
        }
        return changed ? String.join(", ", normal) : cell;
    }

    private static String fout(String value, Plek plek) {
        return switch (plek.soort()) {
            case WAARDE_UIT -> plek.values().contains(value) ? null
                    : "'" + value + "' is geen " + plek.type() + suggestie(value, plek.values())
                            + String.join(", ", plek.values());
            case TEKST -> value.matches("[^\"\\\\\\r\\n]*") ? null
                    : "tekst mag hier geen aanhalingsteken (\"), backslash (\\) of nieuwe regel bevatten";
            case CODE -> CODE.matcher(value).matches() ? null
                    : "'" + value + "' komt zo in het advies; schrijf een code van hoofdletters, cijfers en _, zoals VEILIG_THUIS";
            case WOORD -> WORD.matcher(value).matches() ? null
                    : "schrijf één woord van letters, cijfers, - en _ (zonder spaties)";
            case GETAL_OF_WAAR -> NUMBER.matcher(value).matches() || isWaarheid(value) ? null
                    : DECIMAL_COMMA.matcher(value).matches()
                            ? "'" + value + "' heeft een komma; gebruik een punt: " + value.replace(',', '.')
                            : "'" + value + "' is geen getal en geen true of false";
            case HEEL_GETAL -> NUMBER.matcher(value).matches() ? null
                    : DECIMAL_COMMA.matcher(value).matches() || value.matches("-?\\d+\\.\\d+")
                            ? "'" + value + "' is geen heel getal; een parameter is een heel getal, zoals 3"
                            : "'" + value + "' is geen getal; schrijf een heel getal, zoals 3";
            case WAAR -> isWaarheid(value) ? null
                    : "schrijf true of false (of WAAR of ONWAAR, zoals Excel ze schrijft)";
            case GEMEENTE -> GEMEENTECODE.matcher(value).matches() ? null
                    : !value.matches("[^\"\\\\\\r\\n]*") ? fout(value, new Plek(Soort.TEKST, null, List.of()))
                    : value.matches("\\d{1,3}")
                            ? "een gemeentecode heeft 4 cijfers; bedoelt u " + "0".repeat(4 - value.length()) + value
                                    + "? (Excel laat de nul vooraan weg; zet de cel op tekst)"
                            : "'" + value + "' is geen gemeentecode; schrijf de CBS-code van 4 cijfers, zoals 0840, of laat"
                                    + " de cel leeg voor elke gemeente";
        };
    }

    private static boolean isWaarheid(String value) {
        return WAARHEID.containsKey(value.toLowerCase(Locale.ROOT));
    }

    /** {@code "; bedoelt u X? Kies uit "} with the nearest name within a small edit distance, else {@code "; kies uit "}. */
    static String suggestie(String value, List<String> names) {
        String upper = value.toUpperCase(Locale.ROOT);
        return names.stream().filter(n -> afstand(upper, n) <= Math.max(1, Math.min(3, n.length() / 4)))
                .min(Comparator.comparingInt(n -> afstand(upper, n)))
                .map(n -> "; bedoelt u " + n + "? Kies uit ").orElse("; kies uit ");
    }

    /** The Levenshtein distance: how many letters to add, remove or change to turn one word into the other. */
    static int afstand(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static Class<?> enumType(String simpleName) {
        return AllowList.WAARDEN.stream().filter(Class::isEnum).filter(t -> t.getSimpleName().equals(simpleName))
                .findFirst().orElse(null);
    }

    /** Whether an odd number of double quotes comes before: the placeholder is inside a string. */
    private static boolean insideQuotes(String before) {
        return before.chars().filter(c -> c == '"').count() % 2 == 1;
    }
}
