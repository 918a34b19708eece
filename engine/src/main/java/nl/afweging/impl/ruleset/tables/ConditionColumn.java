// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset.tables;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.afweging.feiten.Bereik;

/**
 * How the analysis reads one CONDITION column: which input it constrains (its dimension key, e.g.
 * {@code Profiel.laagsteScore}) and what a cell allows. It understands the forms policy staff write:
 * {@code veld == $param} (true/false or a number), {@code veld >= $param} and the other comparisons,
 * {@code veld == Type.$param} and {@code forall(||){veld == Type.$}} for enumerations, and any other template
 * whose cells are only true/false (read as a yes/no question of its own).
 */
record ConditionColumn(DecisionTable.Column column, String key, Kind kind, String operator, Class<?> enumType,
                       Bereik bereik) {

    enum Kind { BOOLEAN, ENUM, INTEGER }

    private static final Pattern OBJECT_TYPE = Pattern.compile("^(?:\\$\\w+\\s*:\\s*)?(\\w+)\\s*(?:\\.\\.\\.)?$");
    private static final Pattern COMPARISON = Pattern.compile("^(\\w+)\\s*(==|!=|>=|<=|>|<)\\s*\\$param$");
    private static final Pattern ENUM_EQUALS = Pattern.compile("^(\\w+)\\s*==\\s*(\\w+)\\.\\$param$");
    private static final Pattern ENUM_ANY_OF = Pattern.compile("^forall\\(\\|\\|\\)\\{\\s*(\\w+)\\s*==\\s*(\\w+)\\.\\$\\s*}$");
    private static final Pattern INTEGER = Pattern.compile("^-?\\d+$");
    private static final Set<String> BOOLEANS = Set.of("true", "false");

    /** Reads a column, or returns null when its template is not a form the analysis understands. */
    static ConditionColumn read(DecisionTable table, DecisionTable.Column column, TypeResolver types) {
        List<String> cells = table.rows().stream().map(r -> r.cell(column)).filter(c -> !c.isEmpty()).toList();
        String template = column.template();
        Matcher type = OBJECT_TYPE.matcher(column.objectType());
        String fact = type.matches() ? type.group(1) : "";
        boolean yesNo = cells.stream().allMatch(BOOLEANS::contains);

        Matcher m = ENUM_ANY_OF.matcher(template);
        if (m.matches() || (m = ENUM_EQUALS.matcher(template)).matches()) {
            Class<?> enumType = types.resolve(m.group(2));
            return enumType == null || !enumType.isEnum() ? null
                    : new ConditionColumn(column, fact + "." + m.group(1), Kind.ENUM, "==", enumType, null);
        }
        m = COMPARISON.matcher(template);
        if (m.matches()) {
            String key = fact + "." + m.group(1);
            if (yesNo) {
                return m.group(2).equals("==") || m.group(2).equals("!=")
                        ? new ConditionColumn(column, key, Kind.BOOLEAN, m.group(2), null, null) : null;
            }
            return cells.stream().allMatch(c -> INTEGER.matcher(c).matches())
                    ? new ConditionColumn(column, key, Kind.INTEGER, m.group(2), null, bereik(types.resolve(fact), m.group(1)))
                    : null;
        }
        // Any other template whose cells are all true/false is a yes/no question of its own, e.g. a comparison
        // with a parameter. Two columns with the same template ask the same question.
        return yesNo && !cells.isEmpty() && template.contains("$param")
                ? new ConditionColumn(column, column.objectType() + " " + template, Kind.BOOLEAN, "==", null, null) : null;
    }

    /** What one cell of this column allows; an empty cell allows everything. */
    Predicate<Object> allows(String cell) {
        if (cell.isEmpty()) {
            return value -> true;
        }
        return switch (kind) {
            case BOOLEAN -> {
                boolean wanted = Boolean.parseBoolean(cell);
                yield value -> operator.equals("==") == value.equals(wanted);
            }
            case ENUM -> {
                Set<String> names = Arrays.stream(cell.split(",")).map(String::strip).collect(Collectors.toSet());
                yield names::contains;
            }
            case INTEGER -> {
                int bound = Integer.parseInt(cell);
                yield value -> compare((Integer) value, bound);
            }
        };
    }

    /** False when a cell names a constant its enumeration does not have (Drools reports that as a compile error). */
    boolean isValid(String cell) {
        if (kind != Kind.ENUM || cell.isEmpty()) {
            return true;
        }
        Set<String> names = Arrays.stream(enumType.getEnumConstants()).map(e -> ((Enum<?>) e).name()).collect(Collectors.toSet());
        return Arrays.stream(cell.split(",")).map(String::strip).allMatch(names::contains);
    }

    private boolean compare(int value, int bound) {
        return switch (operator) {
            case "==" -> value == bound;
            case "!=" -> value != bound;
            case ">=" -> value >= bound;
            case "<=" -> value <= bound;
            case ">" -> value > bound;
            case "<" -> value < bound;
            default -> throw new IllegalStateException(operator);
        };
    }

    /** The declared range of a fact's whole-number property ({@link Bereik} on its getter), or null. */
    private static Bereik bereik(Class<?> fact, String property) {
        if (fact == null) {
            return null;
        }
        String getter = "get" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (Method method : fact.getMethods()) {
            if (method.getName().equals(getter) && method.getParameterCount() == 0) {
                return method.getAnnotation(Bereik.class);
            }
        }
        return null;
    }
}
