package nl.afweging.impl.ruleset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
 */
final class CellCheck {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$(param\\b|\\d+|(?!\\w))");
    private static final Pattern ENUM_BEFORE = Pattern.compile("(\\w+)\\.$");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,9}(\\.\\d{1,9})?");
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]*");
    /** A finding whose text is a code in the advies: {@code insert(new Verwijzing("$param"))}. */
    private static final Pattern CODE_FINDING = Pattern.compile("new (Verwijzing|Aandachtspunt)\\(\"$");
    /** The advies schema's pattern for verwijzingen and aandachtspunten. */
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** What one place in a template takes. {@code values} are the enum's names for {@link Soort#WAARDE_UIT}. */
    private record Plek(Soort soort, String type, List<String> values) {}

    private enum Soort { WAARDE_UIT, TEKST, CODE, WOORD, GETAL_OF_WAAR, WAAR }

    private CellCheck() {}

    /** Every cell that does not fit its column, as a problem at its row and column. */
    static List<LoadProblem> check(String pad, List<DecisionTable> tables) {
        List<LoadProblem> problems = new ArrayList<>();
        for (DecisionTable table : tables) {
            for (DecisionTable.Column column : table.columns()) {
                boolean checked = column.isCondition() || column.isAction() || column.type().equals("METADATA");
                // Without a template Drools cannot read the table at all (TABEL_ONLEESBAAR).
                if (!checked || column.template().isEmpty()) {
                    continue;
                }
                List<Plek> plekken = plekken(column);
                for (DecisionTable.Row row : table.rows()) {
                    String cell = row.cell(column);
                    String fout = cell.isEmpty() ? null : fout(cell, plekken, column.template());
                    if (fout != null) {
                        problems.add(new Bron(pad, row.number()).inKolom(column.letter()).probleem(ProblemCode.CEL_ONGELDIG,
                                "de cel '" + cell + "' in kolom '" + column.label() + "' klopt niet: " + fout));
                    }
                }
            }
        }
        return problems;
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
            } else if (insideQuotes(before) && CODE_FINDING.matcher(before).find()) {
                plekken.add(new Plek(Soort.CODE, null, List.of()));
            } else if (insideQuotes(before)) {
                plekken.add(new Plek(Soort.TEKST, null, List.of()));
            } else if (column.type().equals("METADATA")) {
                plekken.add(new Plek(Soort.WOORD, null, List.of()));
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
        // $param takes the whole cell; $1, $2 and a forall's $ take its parts between commas.
        boolean parts = plekken.size() > 1 || template.contains("forall(") || !template.contains("$param");
        List<String> values = parts ? Arrays.stream(cell.split(",", -1)).map(String::strip).toList() : List.of(cell);
        for (int i = 0; i < values.size(); i++) {
            Plek plek = plekken.get(Math.min(i, plekken.size() - 1));
            String fout = fout(values.get(i), plek);
            if (fout != null) {
                return fout;
            }
        }
        return null;
    }

    private static String fout(String value, Plek plek) {
        return switch (plek.soort()) {
            case WAARDE_UIT -> plek.values().contains(value) ? null
                    : "'" + value + "' is geen " + plek.type() + "; kies uit " + String.join(", ", plek.values());
            case TEKST -> value.matches("[^\"\\\\\\r\\n]*") ? null
                    : "tekst mag hier geen aanhalingsteken (\"), backslash (\\) of nieuwe regel bevatten";
            case CODE -> CODE.matcher(value).matches() ? null
                    : "'" + value + "' komt zo in het advies; schrijf een code van hoofdletters, cijfers en _, zoals VEILIG_THUIS";
            case WOORD -> WORD.matcher(value).matches() ? null
                    : "schrijf één woord van letters, cijfers, - en _ (zonder spaties)";
            case GETAL_OF_WAAR -> NUMBER.matcher(value).matches() || value.equals("true") || value.equals("false") ? null
                    : "'" + value + "' is geen getal en geen true of false";
            case WAAR -> value.equals("true") || value.equals("false") ? null : "schrijf true of false";
        };
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
