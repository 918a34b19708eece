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
    /** Beyond this many combinations times rows, trying each combination against every row would take too long. */
    private static final long MAX_TRIES = 200_000_000;
    /** Up to this many overlaps, or gaps, each are a finding; beyond it they are summed up in one. */
    private static final int MAX_LISTED = 10;
    /** How many examples a summing-up finding names. */
    private static final int EXAMPLES = 3;

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

    /**
     * Every pair of rows that meet (both apply to one input) where the policy forbids it. Up to {@value #MAX_LISTED}
     * pairs are each a finding; more (2,000 copies of one row are two million pairs) are one finding with their count
     * and the first {@value #EXAMPLES}. A pair is tested without building anything; text is made for the named pairs only.
     */
    private void findOverlaps(HitPolicy policy, List<Dimension> dimensions, List<boolean[][]> allowed) {
        List<String> results = table.rows().stream().map(this::result).toList();
        List<int[]> named = new ArrayList<>();
        long count = 0;
        boolean[] involved = new boolean[allowed.size()];
        for (int i = 0; i < allowed.size(); i++) {
            for (int j = i + 1; j < allowed.size(); j++) {
                if ((policy == HitPolicy.UNIQUE || !results.get(i).equals(results.get(j))) && meet(allowed.get(i), allowed.get(j))) {
                    count++;
                    involved[i] = true;
                    involved[j] = true;
                    if (named.size() <= MAX_LISTED) {
                        named.add(new int[] {i, j});
                    }
                }
            }
        }
        if (count <= MAX_LISTED) {
            for (int[] pair : named) {
                problems.add(new LoadProblem(ProblemCode.TABEL_OVERLAP, table.file(), table.rows().get(pair[0]).number(), null,
                        "overlap: " + overlap(dimensions, allowed, results, pair)));
            }
            return;
        }
        int rows = 0;
        for (boolean row : involved) {
            rows += row ? 1 : 0;
        }
        List<String> examples = named.stream().limit(EXAMPLES).map(pair -> overlap(dimensions, allowed, results, pair)).toList();
        problems.add(new LoadProblem(ProblemCode.TABEL_OVERLAP, table.file(), table.rows().get(named.get(0)[0]).number(), null,
                "overlap: " + TableLimits.dutch(count) + " keer gelden twee rijen allebei voor dezelfde invoer, tussen "
                + TableLimits.dutch(rows) + " rijen. De eerste " + EXAMPLES + ": " + String.join("; ", examples)
                + ". Staan er rijen dubbel in de tabel? Verwijder ze, of maak de voorwaarden van de rijen zo dat ze elkaar niet raken"));
    }

    /** What one pair of rows has in common, as a finding says it (after "overlap: "). */
    private String overlap(List<Dimension> dimensions, List<boolean[][]> allowed, List<String> results, int[] pair) {
        boolean[][] both = intersection(allowed.get(pair[0]), allowed.get(pair[1]));
        DecisionTable.Row a = table.rows().get(pair[0]);
        DecisionTable.Row b = table.rows().get(pair[1]);
        String resultA = results.get(pair[0]);
        String resultB = results.get(pair[1]);
        boolean differ = !resultA.equals(resultB);
        return table.describe(a) + " en " + table.describe(b) + " gelden allebei voor " + describe(dimensions, both) + "; bijvoorbeeld "
                + example(dimensions, both)
                + (differ ? ". Ze geven een andere uitkomst: " + resultA + " tegenover " + resultB
                          : ". Met HitPolicy UNIQUE mag elke invoer maar één rij raken");
    }

    /** Whether two rows both allow some value of every input: {@link #intersection} without building it. */
    private static boolean meet(boolean[][] a, boolean[][] b) {
        for (int d = 0; d < a.length; d++) {
            boolean any = false;
            for (int v = 0; v < a[d].length && !any; v++) {
                any = a[d][v] && b[d][v];
            }
            if (!any) {
                return false;
            }
        }
        return true;
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
        if (total * Math.max(allowed.size(), 1) > MAX_TRIES) {
            problems.add(new LoadProblem(ProblemCode.TE_VEEL_COMBINATIES, table.file(), table.row(), null,
                    "HitPolicy " + policy + ": " + TableLimits.dutch(total) + " combinaties van invoerwaarden bij " + TableLimits.dutch(allowed.size())
                    + " rijen; validate kan deze tabel niet volledig nagaan"));
            return;
        }
        boolean[] gap = new boolean[(int) total];
        for (int index = 0; index < total; index++) {
            int[] point = point(index, sizes);
            gap[index] = allowed.stream().noneMatch(row -> matches(row, point));
        }
        boolean[] reported = new boolean[gap.length];
        int listed = 0;
        for (int index = 0; index < total; index++) {
            if (gap[index] && !reported[index] && listed == MAX_LISTED) {
                summariseGaps(dimensions, sizes, gap, reported, index);
                return;
            }
            if (gap[index] && !reported[index]) {
                listed++;
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

    /** After {@value #MAX_LISTED} gaps: one finding with the count of combinations still without a row, and a few. */
    private void summariseGaps(List<Dimension> dimensions, int[] sizes, boolean[] gap, boolean[] reported, int first) {
        long left = 0;
        List<String> examples = new ArrayList<>();
        for (int index = first; index < gap.length; index++) {
            if (gap[index] && !reported[index]) {
                left++;
                if (examples.size() < EXAMPLES) {
                    examples.add(example(dimensions, cubeValues(point(index, sizes), sizes)));
                }
            }
        }
        problems.add(new LoadProblem(ProblemCode.TABEL_GAT, table.file(), table.row(), null,
                "gat: na de " + MAX_LISTED + " gaten hiervoor zijn er nog " + TableLimits.dutch(left)
                + " combinaties van invoerwaarden waarvoor geen enkele rij geldt; bijvoorbeeld " + String.join(", ", examples)
                + ". Voeg rijen toe of verruim bestaande rijen, en kijk daarna opnieuw"));
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
