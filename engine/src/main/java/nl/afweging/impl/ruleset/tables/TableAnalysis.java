// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;

/**
 * Checks what a decision table's {@link HitPolicy} promises, over every combination of the values its
 * conditions test: a gap is a combination no row covers, an overlap is two rows that both cover one. Each
 * finding names a concrete example input, so a policy officer can see at once which case is missing or
 * doubled. Tables without a HitPolicy line collect every match and are not checked.
 */
public final class TableAnalysis {
    /** Beyond this many combinations the check would take too long; it says so instead of guessing. */
    private static final long MAX_COMBINATIONS = 5_000_000;

    private final DecisionTable table;
    private final List<LoadProblem> problems = new ArrayList<>();

    private TableAnalysis(DecisionTable table) {
        this.table = table;
    }

    public static List<LoadProblem> analyse(DecisionTable table) {
        TableAnalysis analysis = new TableAnalysis(table);
        analysis.run();
        return analysis.problems;
    }

    private void run() {
        HitPolicy policy = policy();
        if (policy == null || !policy.checksGaps()) {
            return;
        }
        List<Dimension> dimensions = dimensions();
        if (dimensions == null) {
            return;
        }
        List<boolean[][]> allowed = table.rows().stream().map(row -> allowed(row, dimensions)).toList();
        findOverlaps(policy, dimensions, allowed);
        findGaps(policy, dimensions, allowed);
    }

    private HitPolicy policy() {
        DecisionTable.Keyword line = table.keyword(HitPolicy.KEYWORD);
        if (line == null) {
            return HitPolicy.COLLECT;
        }
        HitPolicy policy = HitPolicy.parse(line.value());
        if (policy == null) {
            problems.add(new LoadProblem(ProblemCode.HITPOLICY_ONBEKEND, table.file(), line.row(), "B", "HitPolicy '"
                    + line.value() + "' bestaat niet; toegestaan: UNIQUE (elke invoer raakt precies één rij), ANY (minstens één rij;"
                    + " rijen die samen raken geven dezelfde uitkomst) of COLLECT (elke rij die raakt telt mee)"));
        }
        return policy;
    }

    /** The inputs the conditions test, each once; null when a condition is written in a form the check cannot read. */
    private List<Dimension> dimensions() {
        TypeResolver types = new TypeResolver(table);
        Map<String, List<ConditionColumn>> byKey = new LinkedHashMap<>();
        boolean readable = true;
        for (DecisionTable.Column column : table.columns()) {
            if (!column.isCondition()) {
                continue;
            }
            ConditionColumn condition = ConditionColumn.read(table, column, types);
            if (condition == null) {
                readable = false;
                problems.add(new LoadProblem(ProblemCode.VOORWAARDE_NIET_NA_TE_GAAN, table.file(), table.row() + 3, column.letter(),
                        "validate kan de voorwaarde '" + column.template() + "' niet nagaan op gaten en overlap; schrijf haar als 'veld == $param',"
                        + " 'veld >= $param', 'veld == Type.$param' of 'forall(||){veld == Type.$}' met waarden in de cellen,"
                        + " of zet HitPolicy op COLLECT"));
            } else if (table.rows().stream().allMatch(row -> condition.isValid(row.cell(column)))) {
                byKey.computeIfAbsent(condition.key(), k -> new ArrayList<>()).add(condition);
            } else {
                readable = false; // A cell names a value that does not exist; the compile error says where.
            }
        }
        return readable ? byKey.values().stream().map(columns -> new Dimension(columns, table)).toList() : null;
    }

    /** For one row: per input, which of its values the row's cells allow. */
    private static boolean[][] allowed(DecisionTable.Row row, List<Dimension> dimensions) {
        boolean[][] allowed = new boolean[dimensions.size()][];
        for (int d = 0; d < dimensions.size(); d++) {
            Dimension dimension = dimensions.get(d);
            allowed[d] = new boolean[dimension.domain().size()];
            for (int v = 0; v < allowed[d].length; v++) {
                Object value = dimension.domain().get(v);
                allowed[d][v] = dimension.columns().stream().allMatch(c -> c.allows(row.cell(c.column())).test(value));
            }
        }
        return allowed;
    }

    private void findOverlaps(HitPolicy policy, List<Dimension> dimensions, List<boolean[][]> allowed) {
        for (int i = 0; i < allowed.size(); i++) {
            for (int j = i + 1; j < allowed.size(); j++) {
                boolean[][] both = intersection(allowed.get(i), allowed.get(j));
                if (both == null) {
                    continue;
                }
                DecisionTable.Row a = table.rows().get(i);
                DecisionTable.Row b = table.rows().get(j);
                String resultA = result(a);
                String resultB = result(b);
                boolean differ = !resultA.equals(resultB);
                if (policy == HitPolicy.UNIQUE || differ) {
                    problems.add(new LoadProblem(ProblemCode.TABEL_OVERLAP, table.file(), a.number(), null,
                            "overlap: " + table.describe(a) + " en " + table.describe(b) + " gelden allebei voor " + describe(dimensions, both) + "; bijvoorbeeld "
                            + example(dimensions, both)
                            + (differ ? ". Ze geven een andere uitkomst: " + resultA + " tegenover " + resultB
                                      : ". Met HitPolicy UNIQUE mag elke invoer maar één rij raken")));
                }
            }
        }
    }

    /** Per input the values both rows allow; null when for some input there is none (the rows never meet). */
    private static boolean[][] intersection(boolean[][] a, boolean[][] b) {
        boolean[][] both = new boolean[a.length][];
        for (int d = 0; d < a.length; d++) {
            both[d] = new boolean[a[d].length];
            boolean any = false;
            for (int v = 0; v < a[d].length; v++) {
                both[d][v] = a[d][v] && b[d][v];
                any |= both[d][v];
            }
            if (!any) {
                return null;
            }
        }
        return both;
    }

    /**
     * Tries every combination of input values and reports those no row covers, grouped: a gap that holds for
     * every value of an input is reported once, with that input left out.
     */
    private void findGaps(HitPolicy policy, List<Dimension> dimensions, List<boolean[][]> allowed) {
        int[] sizes = dimensions.stream().mapToInt(d -> d.domain().size()).toArray();
        long total = 1;
        for (int size : sizes) {
            total *= size;
            if (total > MAX_COMBINATIONS) {
                problems.add(new LoadProblem(ProblemCode.TE_VEEL_COMBINATIES, table.file(), table.row(), null,
                        "HitPolicy " + policy + ": meer dan " + MAX_COMBINATIONS + " combinaties van invoerwaarden; validate kan deze tabel niet volledig nagaan"));
                return;
            }
        }
        boolean[] gap = new boolean[(int) total];
        for (int index = 0; index < total; index++) {
            int[] point = point(index, sizes);
            gap[index] = allowed.stream().noneMatch(row -> matches(row, point));
        }
        boolean[] reported = new boolean[gap.length];
        for (int index = 0; index < total; index++) {
            if (gap[index] && !reported[index]) {
                int[] cube = widen(point(index, sizes), sizes, gap);
                markAll(cube, sizes, reported);
                boolean[][] values = cubeValues(cube, sizes);
                problems.add(new LoadProblem(ProblemCode.TABEL_GAT, table.file(), table.row(), null,
                        "gat: geen enkele rij geldt voor " + describe(dimensions, values) + "; bijvoorbeeld "
                        + example(dimensions, values)
                        + ". Voeg een rij toe of verruim een bestaande rij"));
            }
        }
    }

    /** Leaves out (-1) every input for which the gap holds whatever its value. */
    private static int[] widen(int[] point, int[] sizes, boolean[] gap) {
        int[] cube = point.clone();
        for (int d = 0; d < cube.length; d++) {
            int kept = cube[d];
            cube[d] = -1;
            if (!allIn(cube, sizes, gap)) {
                cube[d] = kept;
            }
        }
        return cube;
    }

    private static boolean allIn(int[] cube, int[] sizes, boolean[] set) {
        for (int index = 0; index < set.length; index++) {
            if (inCube(point(index, sizes), cube) && !set[index]) {
                return false;
            }
        }
        return true;
    }

    private static void markAll(int[] cube, int[] sizes, boolean[] set) {
        for (int index = 0; index < set.length; index++) {
            if (inCube(point(index, sizes), cube)) {
                set[index] = true;
            }
        }
    }

    private static boolean inCube(int[] point, int[] cube) {
        for (int d = 0; d < cube.length; d++) {
            if (cube[d] >= 0 && cube[d] != point[d]) {
                return false;
            }
        }
        return true;
    }

    private static boolean[][] cubeValues(int[] cube, int[] sizes) {
        boolean[][] values = new boolean[cube.length][];
        for (int d = 0; d < cube.length; d++) {
            values[d] = new boolean[sizes[d]];
            for (int v = 0; v < sizes[d]; v++) {
                values[d][v] = cube[d] < 0 || cube[d] == v;
            }
        }
        return values;
    }

    private static int[] point(int index, int[] sizes) {
        int[] point = new int[sizes.length];
        for (int d = sizes.length - 1; d >= 0; d--) {
            point[d] = index % sizes[d];
            index /= sizes[d];
        }
        return point;
    }

    private static boolean matches(boolean[][] row, int[] point) {
        for (int d = 0; d < point.length; d++) {
            if (!row[d][point[d]]) {
                return false;
            }
        }
        return true;
    }

    /** The inputs that are narrowed down, e.g. "laagste score = 3, meervoudig = false"; "elke invoer" when none is. */
    private static String describe(List<Dimension> dimensions, boolean[][] values) {
        List<String> parts = new ArrayList<>();
        for (int d = 0; d < dimensions.size(); d++) {
            String part = dimensions.get(d).describe(values[d]);
            if (part != null) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? "elke invoer" : String.join(", ", parts);
    }

    /** One concrete input: the first allowed value of every input. */
    private static String example(List<Dimension> dimensions, boolean[][] values) {
        List<String> parts = new ArrayList<>();
        for (int d = 0; d < dimensions.size(); d++) {
            Dimension dimension = dimensions.get(d);
            for (int v = 0; v < values[d].length; v++) {
                if (values[d][v]) {
                    parts.add(dimension.label() + " = " + dimension.domain().get(v));
                    break;
                }
            }
        }
        return "(" + String.join(", ", parts) + ")";
    }

    /** What a row does: its action cells with their column labels. */
    private String result(DecisionTable.Row row) {
        String result = table.columns().stream().filter(DecisionTable.Column::isAction)
                .filter(c -> !row.cell(c).isEmpty())
                .map(c -> (c.label().isEmpty() ? c.letter() : c.label()) + " " + row.cell(c))
                .collect(Collectors.joining(", "));
        return result.isEmpty() ? "niets" : result;
    }
}
