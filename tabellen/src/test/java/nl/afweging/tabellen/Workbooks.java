// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.tabellen;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Decision tables as workbooks in a test: exported as the command line does it, then edited cell by cell, as in Excel. */
final class Workbooks {
    private Workbooks() {}

    /** {@code x.drl.csv} in {@code rules} exported as {@code x.drl.xlsx} into {@code out}; the path of the workbook. */
    static Path export(Path rules, String csv, Path out) {
        try {
            Path only = Files.createTempDirectory(out.getParent() == null ? out : out.getParent(), "een-tabel");
            Files.copy(rules.resolve(csv), only.resolve(csv));
            // The manifest names the rule set the workbook comes from (export writes it into the workbook).
            if (Files.exists(rules.resolve("regelset.json"))) {
                Files.copy(rules.resolve("regelset.json"), only.resolve("regelset.json"));
            }
            Spreadsheets.Result result = Spreadsheets.exportWorkbooks(only, out);
            if (!result.isGelukt()) {
                throw new IllegalStateException(result.bevindingen().toString());
            }
            return out.resolve(csv.replace(".drl.csv", ".drl.xlsx"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Changes the workbook's first sheet in place. */
    static Path edit(Path workbook, Consumer<XSSFSheet> change) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(workbook)))) {
            change.accept(book.getSheetAt(0));
            try (OutputStream out = Files.newOutputStream(workbook)) {
                book.write(out);
            }
            return workbook;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell at a reference such as {@code B11}, made when it is not there. */
    static XSSFCell cell(XSSFSheet sheet, String reference) {
        CellReference at = new CellReference(reference);
        var row = sheet.getRow(at.getRow()) == null ? sheet.createRow(at.getRow()) : sheet.getRow(at.getRow());
        return row.getCell(at.getCol()) == null ? row.createCell(at.getCol()) : row.getCell(at.getCol());
    }

    /** Makes a cell a formula, with the value Excel would show for it. */
    static Path setFormula(Path workbook, String reference, String formula) {
        return edit(workbook, sheet -> {
            XSSFCell cell = cell(sheet, reference);
            cell.setCellFormula(formula);
            sheet.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
        });
    }

    /** Sets a cell to text, as an officer types it into a text cell. */
    static Path setText(Path workbook, String reference, String text) {
        return edit(workbook, sheet -> cell(sheet, reference).setCellValue(text));
    }
}
