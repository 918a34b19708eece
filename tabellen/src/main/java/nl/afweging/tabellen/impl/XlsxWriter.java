// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.tabellen.impl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.afweging.impl.ruleset.tables.CsvTable;
import nl.afweging.impl.ruleset.tables.DecisionTable;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A decision table as an Excel workbook of one sheet, cell for cell (row 12, column F is row 12, column F of the
 * CSV). The rows Drools reads as machinery (the keywords above a table, the RuleTable row, the column types, object
 * types and code) are locked and grey, the row of column names locked and bold; the sheet is protected without a
 * password, so an officer edits the data rows (ids, conditions, outcomes, grondslag, uitleg) and adds rows below,
 * but does not change a template by accident. Every cell is text ({@code @}), so Excel keeps {@code 0840} and
 * {@code 55.80} as typed.
 */
public final class XlsxWriter {
    private static final int MAX_WIDTH_CHARS = 60;
    private static final int MIN_WIDTH_CHARS = 8;
    /** Unlocked columns beyond the table, for a column an officer adds next to it. */
    private static final int SPARE_COLUMNS = 5;

    private XlsxWriter() {}

    /** The rows that are no data: from the top of the file, or the end of the previous table, to a table's column names. */
    public static Set<Integer> lockedRows(String file, CsvTable csv) {
        Set<Integer> locked = new TreeSet<>();
        int from = 1;
        for (DecisionTable table : DecisionTable.in(file, csv)) {
            for (int r = from; r <= labelRow(table); r++) {
                locked.add(r);
            }
            from = table.rows().isEmpty() ? labelRow(table) + 1 : table.rows().get(table.rows().size() - 1).number() + 1;
        }
        return locked;
    }

    /** The row of a table's column names, below its code templates. */
    static int labelRow(DecisionTable table) {
        return table.row() + 4;
    }

    public static byte[] write(String sheetName, String file, CsvTable csv) {
        return write(sheetName, file, csv, null);
    }

    /** As {@link #write(String, String, CsvTable)}, with where the table comes from in the document's properties. */
    public static byte[] write(String sheetName, String file, CsvTable csv, Herkomst herkomst) {
        List<List<String>> rows = csv.rows();
        Set<Integer> locked = lockedRows(file, csv);
        Set<Integer> labels = new TreeSet<>();
        DecisionTable.in(file, csv).forEach(t -> labels.add(labelRow(t)));
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            short text = workbook.createDataFormat().getFormat("@");
            CellStyle editable = workbook.createCellStyle();
            editable.setDataFormat(text);
            editable.setLocked(false);
            CellStyle machinery = workbook.createCellStyle();
            machinery.setDataFormat(text);
            machinery.setLocked(true);
            machinery.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            machinery.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Font grey = workbook.createFont();
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            machinery.setFont(grey);
            CellStyle label = workbook.createCellStyle();
            label.setDataFormat(text);
            label.setLocked(true);
            label.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            label.setBorderBottom(BorderStyle.MEDIUM);
            label.setWrapText(true);
            Font bold = workbook.createFont();
            bold.setBold(true);
            label.setFont(bold);

            // At most 31 characters, none of []:*?/\ (Excel's rule for a sheet name).
            XSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            int width = rows.stream().mapToInt(List::size).max().orElse(0);
            int[] chars = new int[width];
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                boolean isLabel = labels.contains(r + 1);
                CellStyle style = isLabel ? label : locked.contains(r + 1) ? machinery : editable;
                if (locked.contains(r + 1)) {
                    row.setRowStyle(style);
                }
                List<String> cells = rows.get(r);
                for (int c = 0; c < width; c++) {
                    String value = c < cells.size() ? cells.get(c) : "";
                    XSSFCell cell = row.createCell(c);
                    cell.setCellStyle(style);
                    if (!value.isEmpty()) {
                        cell.setCellValue(value);
                    }
                    // Long machinery cells (Notes, Import, code) would make every column wide; the data and names decide.
                    if (!locked.contains(r + 1) || isLabel) {
                        chars[c] = Math.max(chars[c], isLabel ? Math.min(value.length(), 30) : value.length());
                    }
                }
            }
            for (int c = 0; c < width + SPARE_COLUMNS; c++) {
                sheet.setDefaultColumnStyle(c, editable);
                int w = c < width ? Math.max(MIN_WIDTH_CHARS, Math.min(MAX_WIDTH_CHARS, chars[c] + 2)) : MIN_WIDTH_CHARS;
                sheet.setColumnWidth(c, w * 256);
            }
            if (!labels.isEmpty()) {
                int first = labels.iterator().next();
                sheet.createFreezePane(0, first);
            }
            Keuzelijsten.add(sheet, file, csv);
            protect(sheet);
            if (herkomst != null) {
                herkomst.writeTo(workbook);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Locked cells stay as they are; rows may be added, removed and resized, columns widened. No password. */
    private static void protect(XSSFSheet sheet) {
        sheet.enableLocking();
        sheet.lockInsertRows(false);
        sheet.lockDeleteRows(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }
}
