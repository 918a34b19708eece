// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.docs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.afweging.docs.Document.Text;
import nl.afweging.impl.ruleset.tables.DecisionTable;

/**
 * How decision-table columns and cells read in the documentation: the labels policy staff wrote above the
 * columns, without the hints for whoever fills in the table ("(true/false)", "(ja)"); true and false as ja and
 * nee and codes such as {@code LOKAAL_TEAM} as code in conditions and outcomes (metadata exactly as written);
 * an empty cell as "–" (maakt niet uit).
 */
final class DecisionTableText {
    static final String MAAKT_NIET_UIT = "–";
    /** The metadata every rule has; a rule's entry shows them on their own. */
    static final Set<String> STANDARD_METADATA = Set.of("id", "naam", "grondslag", "uitleg");

    private static final Pattern INPUT_HINT = Pattern.compile("\\s*\\((true/false|ja|ja/nee)\\)\\s*$");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private DecisionTableText() {}

    /** The column's label as the documentation shows it in a sentence: "meervoudig (aantal scores ...)". */
    static String label(DecisionTable.Column column) {
        String label = INPUT_HINT.matcher(column.label()).replaceFirst("").strip();
        int colon = label.indexOf(':');
        return colon > 0 ? label.substring(0, colon).strip() + " (" + label.substring(colon + 1).strip() + ")" : label;
    }

    /** The column's label as a table heading: only the part before a colon ("meervoudig"). */
    static String shortLabel(DecisionTable.Column column) {
        String label = INPUT_HINT.matcher(column.label()).replaceFirst("").strip();
        int colon = label.indexOf(':');
        return colon > 0 ? label.substring(0, colon).strip() : label;
    }

    /** The explanation after a label's colon, or null when the label has none. */
    static String explanation(DecisionTable.Column column) {
        String label = INPUT_HINT.matcher(column.label()).replaceFirst("").strip();
        int colon = label.indexOf(':');
        return colon > 0 ? label.substring(colon + 1).strip() : null;
    }

    /** The metadata key of a METADATA column ("grondslag" for {@code grondslag("$param")}), or null. */
    static String metadataKey(DecisionTable.Column column) {
        if (!column.type().equals("METADATA")) {
            return null;
        }
        int paren = column.template().indexOf('(');
        return paren > 0 ? column.template().substring(0, paren).strip() : null;
    }

    /** A cell's value; an empty cell reads "–". */
    static Text cell(DecisionTable.Column column, String cell) {
        String value = cell.strip();
        if (value.isEmpty()) {
            return Text.plain(MAAKT_NIET_UIT);
        }
        if (metadataKey(column) != null) {
            // Names, grondslagen and amounts are shown exactly as policy staff wrote them.
            return Text.plain(value);
        }
        if (value.equals("true")) {
            return Text.plain("ja");
        }
        if (value.equals("false")) {
            return Text.plain("nee");
        }
        List<String> parts = Arrays.stream(value.split(",")).map(String::strip).toList();
        if (parts.stream().allMatch(p -> CODE.matcher(p).matches())) {
            List<Text> codes = new ArrayList<>();
            parts.forEach(p -> codes.add(Text.code(p)));
            // forall(||){...} in a condition: the cell lists alternatives.
            boolean alternatives = column.isCondition() && column.template().startsWith("forall(||)") && parts.size() > 1;
            return alternatives ? Text.plain("een van ").plus(Text.join(codes, ", ")) : Text.join(codes, ", ");
        }
        if (parts.size() > 1 && parts.stream().anyMatch(p -> CODE.matcher(p).matches())) {
            // Several values for one template ("HUISVESTING,1" for $1 and $2): each as it is, codes as code.
            return Text.join(parts.stream().map(p -> CODE.matcher(p).matches() ? Text.code(p) : Text.plain(p)).toList(), ", ");
        }
        return Text.plain(value);
    }

    /** "label: value" for every non-empty cell of the row in columns of this type (CONDITION or ACTION). */
    static List<Text> filledIn(DecisionTable table, DecisionTable.Row row, String type) {
        List<Text> texts = new ArrayList<>();
        for (DecisionTable.Column column : table.columns()) {
            if (column.type().equals(type) && !row.cell(column).isEmpty()) {
                texts.add(Text.plain(label(column) + ": ").plus(cell(column, row.cell(column))));
            }
        }
        return texts;
    }

    /** The extra metadata of a row (beyond id, naam, grondslag and uitleg), e.g. a productcategorie. */
    static List<Text> extraMetadata(DecisionTable table, DecisionTable.Row row) {
        List<Text> texts = new ArrayList<>();
        for (DecisionTable.Column column : table.columns()) {
            String key = metadataKey(column);
            if (key != null && !STANDARD_METADATA.contains(key) && !row.cell(column).isEmpty()) {
                texts.add(Text.plain(label(column) + ": ").plus(cell(column, row.cell(column))));
            }
        }
        return texts;
    }
}
