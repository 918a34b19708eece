// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.afweging.feiten.Bereik;

/**
 * One input a decision table decides on, with the finite set of values the analysis tries: true and false,
 * every constant of an enumeration, or for a number its declared {@link Bereik} (else the values around
 * every number in the table, which is enough to find every gap between thresholds).
 */
final class Dimension {
    private static final int WHOLE_RANGE_LIMIT = 1_000;

    private final String label;
    private final List<Object> domain;
    private final List<ConditionColumn> columns;

    Dimension(List<ConditionColumn> columns, DecisionTable table) {
        this.columns = List.copyOf(columns);
        this.label = label(columns);
        this.domain = domain(columns, table);
    }

    String label() {
        return label;
    }

    List<Object> domain() {
        return domain;
    }

    List<ConditionColumn> columns() {
        return columns;
    }

    /** How a set of this input's values reads in a message, or null when it is every value. */
    String describe(boolean[] values) {
        List<Object> chosen = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i]) {
                chosen.add(domain.get(i));
            }
        }
        if (chosen.size() == domain.size()) {
            return null;
        }
        if (chosen.size() == 1) {
            return label + " = " + chosen.get(0);
        }
        if (chosen.get(0) instanceof Integer first && isRun(chosen)) {
            return label + " van " + first + " tot en met " + chosen.get(chosen.size() - 1);
        }
        String all = chosen.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return label + " = een van " + all;
    }

    private static boolean isRun(List<Object> numbers) {
        for (int i = 1; i < numbers.size(); i++) {
            if ((Integer) numbers.get(i) != (Integer) numbers.get(i - 1) + 1) {
                return false;
            }
        }
        return true;
    }

    /** The label policy staff gave the column(s): for "laagste score vanaf" and "laagste score tot en met", "laagste score". */
    private static String label(List<ConditionColumn> columns) {
        List<String> labels = columns.stream().map(c -> clean(c.column().label())).filter(l -> !l.isEmpty()).toList();
        if (labels.isEmpty()) {
            return columns.get(0).key();
        }
        String common = labels.get(0);
        for (String l : labels) {
            int n = 0;
            while (n < common.length() && n < l.length() && common.charAt(n) == l.charAt(n)) {
                n++;
            }
            common = common.substring(0, n);
        }
        common = labels.size() > 1 ? common.substring(0, Math.max(common.lastIndexOf(' '), 0)).strip() : common;
        return common.isEmpty() ? labels.get(0) : common;
    }

    /** A header without its explanation: "meervoudig: aantal ... (true/false)" becomes "meervoudig". */
    private static String clean(String header) {
        String s = header.replaceAll("\\s*\\([^)]*\\)\\s*$", "");
        int colon = s.indexOf(':');
        return (colon > 0 ? s.substring(0, colon) : s).strip();
    }

    private static List<Object> domain(List<ConditionColumn> columns, DecisionTable table) {
        ConditionColumn first = columns.get(0);
        return switch (first.kind()) {
            case BOOLEAN -> List.of(false, true);
            case ENUM -> List.of((Object[]) first.enumType().getEnumConstants()).stream().map(e -> (Object) ((Enum<?>) e).name()).toList();
            case INTEGER -> integers(columns, table);
        };
    }

    private static List<Object> integers(List<ConditionColumn> columns, DecisionTable table) {
        Bereik bereik = columns.stream().map(ConditionColumn::bereik).filter(b -> b != null).findFirst().orElse(null);
        TreeSet<Integer> values = new TreeSet<>();
        if (bereik != null && bereik.totEnMet() - bereik.van() < WHOLE_RANGE_LIMIT) {
            for (int v = bereik.van(); v <= bereik.totEnMet(); v++) {
                values.add(v);
            }
            return List.copyOf(values);
        }
        for (ConditionColumn c : columns) {
            for (DecisionTable.Row row : table.rows()) {
                String cell = row.cell(c.column());
                if (!cell.isEmpty()) {
                    int v = Integer.parseInt(cell);
                    values.addAll(List.of(v - 1, v, v + 1));
                }
            }
        }
        if (bereik != null) {
            values.removeIf(v -> v < bereik.van() || v > bereik.totEnMet());
        }
        // Every cell empty: the input does not matter, one value stands for all.
        return values.isEmpty() ? List.of(0) : List.copyOf(values);
    }
}
