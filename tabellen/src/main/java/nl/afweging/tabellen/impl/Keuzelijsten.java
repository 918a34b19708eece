// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.tabellen.impl;

import java.util.List;
import java.util.Map;
import nl.afweging.impl.ruleset.CellCheck;
import nl.afweging.impl.ruleset.tables.CsvTable;
import nl.afweging.impl.ruleset.tables.DecisionTable;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The dropdown lists of an exported workbook: every column whose cells take a short closed list of values (a niveau, a
 * soort, true/false, ja) offers that list while the officer types, and refuses anything else, with a message in
 * Dutch. The lists are the cell check's own reading of the table ({@link CellCheck#keuzes}), so a value the dropdown
 * offers is one the import accepts. They cover the table's rows and room below it for rows the officer adds.
 */
final class Keuzelijsten {
    /** Rows below a table's last row that the lists cover too, for rows the officer adds. */
    private static final int ROOM_BELOW = 200;
    /** Excel's limit for a list written into the validation itself (no list sheet: a table has one sheet). */
    private static final int MAX_LIST_CHARS = 255;

    private Keuzelijsten() {}

    static void add(XSSFSheet sheet, String file, CsvTable csv) {
        List<DecisionTable> tables = DecisionTable.in(file, csv);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int t = 0; t < tables.size(); t++) {
            DecisionTable table = tables.get(t);
            // Rows numbered from 1, as the sheet shows them; the data rows come below the row of column names.
            int first = XlsxWriter.labelRow(table) + 1;
            int last = t + 1 < tables.size() ? tables.get(t + 1).row() - 1 : Math.max(first, csv.rows().size()) + ROOM_BELOW;
            for (Map.Entry<Integer, List<String>> keuze : CellCheck.keuzes(table).entrySet()) {
                String list = String.join(",", keuze.getValue());
                if (list.length() > MAX_LIST_CHARS || last < first) {
                    continue;
                }
                DataValidation validation = helper.createValidation(
                        helper.createExplicitListConstraint(keuze.getValue().toArray(String[]::new)),
                        new CellRangeAddressList(first - 1, last - 1, keuze.getKey(), keuze.getKey()));
                boolean ja = keuze.getValue().equals(List.of("ja"));
                validation.setEmptyCellAllowed(true);
                validation.setShowPromptBox(true);
                validation.createPromptBox("Kies uit de lijst", ja ? "Schrijf ja, of laat de cel leeg voor nee."
                        : "Toegestaan: " + String.join(", ", keuze.getValue()) + ".");
                validation.setShowErrorBox(true);
                validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
                validation.createErrorBox("Niet toegestaan", ja ? "In deze kolom: ja, of een lege cel voor nee."
                        : "In deze kolom: " + String.join(", ", keuze.getValue()) + ".");
                sheet.addValidationData(validation);
            }
        }
    }
}
