// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.util.Map;
import java.util.Set;
import org.drools.decisiontable.parser.DefaultRuleSheetListener;
import org.drools.decisiontable.parser.RuleSheetListener;
import org.drools.decisiontable.parser.xls.PropertiesSheetListener;
import org.drools.template.model.Package;

/**
 * Drools' own reading of a decision table with the cells of some rows left out, as if those rows were empty: the
 * rows keep their numbers, so every rule keeps its name and row. Used for a keyword line the engine has no use for.
 * Some cells are given to Drools as the engine reads them (Excel's {@code WAAR} as {@code true}, {@link CellCheck}),
 * each in its own row and column, so every rule keeps its name and row there too.
 */
final class RowsLeftOut implements RuleSheetListener {
    /** As Drools' SpreadsheetCompiler reads a table by default: with its keywords, every cell trimmed. */
    private final DefaultRuleSheetListener drools = new DefaultRuleSheetListener(true, true);
    private final Set<Integer> rows;
    private final Map<Integer, Map<Integer, String>> replacements;

    /** {@code rows}: 1-based, as a spreadsheet numbers them. */
    RowsLeftOut(Set<Integer> rows) {
        this(rows, Map.of());
    }

    /** {@code replacements}: by row and column, both 1-based, what Drools is given instead of the cell. */
    RowsLeftOut(Set<Integer> rows, Map<Integer, Map<Integer, String>> replacements) {
        this.rows = Set.copyOf(rows);
        this.replacements = Map.copyOf(replacements);
    }

    @Override
    public void startSheet(String name) {
        drools.startSheet(name);
    }

    @Override
    public void finishSheet() {
        drools.finishSheet();
    }

    @Override
    public void newRow(int row, int columns) {
        drools.newRow(row, columns);
    }

    @Override
    public void newCell(int row, int column, String value, int mergedColStart) {
        // Drools counts rows from 0.
        if (!rows.contains(row + 1)) {
            String replaced = replacements.getOrDefault(row + 1, Map.of()).get(column + 1);
            drools.newCell(row, column, replaced != null ? replaced : value, mergedColStart);
        }
    }

    @Override
    public PropertiesSheetListener.CaseInsensitiveMap getProperties() {
        return drools.getProperties();
    }

    @Override
    public Package getRuleSet() {
        return drools.getRuleSet();
    }
}
