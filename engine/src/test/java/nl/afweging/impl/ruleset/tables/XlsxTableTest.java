// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A cell of a workbook reads as policy staff typed it, whatever kind of cell Excel made of it; a formula does not. */
class XlsxTableTest {

    @Test
    void numbersTextAndTrueFalseReadAsTyped() throws IOException {
        XlsxTable.Read read = XlsxTable.read("t.drl.xlsx", workbook(sheet -> {
            XSSFRow row = sheet.createRow(0);
            row.createCell(0).setCellValue(3.0);
            row.createCell(1).setCellValue(55.8);
            row.createCell(2).setCellValue("0840");
            row.createCell(3).setCellValue(true);
            row.createCell(4).setCellValue(1.0e10);
            row.createCell(5).setCellValue(-2.5);
            row.createCell(7).setCellValue("na een lege cel");
        }));

        assertThat(read.problems()).isEmpty();
        assertThat(read.table().row(1)).containsExactly("3", "55.8", "0840", "true", "10000000000", "-2.5", "", "na een lege cel");
    }

    @Test
    void aFormulaIsRefusedAtItsCellAndItsShownValueKept() throws IOException {
        XlsxTable.Read read = XlsxTable.read("t.drl.xlsx", workbook(sheet -> {
            sheet.createRow(0).createCell(0).setCellValue("id");
            var cell = sheet.createRow(11).createCell(1);
            cell.setCellFormula("1+2");
            sheet.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
        }));

        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.CEL_FORMULE);
            assertThat(p.plaats()).isEqualTo("t.drl.xlsx:12 (kolom B)");
            assertThat(p.melding()).startsWith("cel B12 bevat een formule (=1+2)");
        });
        assertThat(read.table().row(12)).containsExactly("", "3");
    }

    @Test
    void aLineBreakInACellIsRefused() throws IOException {
        XlsxTable.Read read = XlsxTable.read("t.drl.xlsx", workbook(sheet -> sheet.createRow(2).createCell(2).setCellValue("twee\nregels")));
        assertThat(read.problems()).extracting(LoadProblem::plaats, LoadProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("t.drl.xlsx:3 (kolom C)", ProblemCode.CEL_ONGELDIG));
        assertThat(read.problems().get(0).melding()).contains("nieuwe regel (Alt+Enter)");
    }

    @Test
    void aWorkbookWrittenAndReadGivesItsCellsBack() {
        CsvTable csv = CsvTable.parse("RuleSet,x,,\nNotes,\"een, twee \"\"drie\"\"\",,\n,,,\nRuleTable T,,,\nCONDITION,ACTION,,\n");
        XlsxTable.Read read = XlsxTable.read("t.drl.xlsx", XlsxWriter.write("t", "t.drl.csv", csv));
        assertThat(read.problems()).isEmpty();
        assertThat(read.table().rows()).isEqualTo(csv.rows());
        assertThat(CsvWriter.write(read.table().rows(), csv)).isEqualTo("RuleSet,x,,\nNotes,\"een, twee \"\"drie\"\"\",,\n,,,\nRuleTable T,,,\nCONDITION,ACTION,,\n");
        assertThat(List.of(csv.delimiter(), CsvTable.parse("RuleSet;\"a;b\";c\n").delimiter())).containsExactly(',', ';');
        assertThat(CsvTable.parse("RuleSet;\"a;b\";c, d\n").row(1)).containsExactly("RuleSet", "a;b", "c, d");
    }

    @Test
    void aWorkbookThatUnpacksToFarMoreThanItsSizeIsNotUnpacked() throws IOException {
        byte[] good = workbook(sheet -> sheet.createRow(0).createCell(0).setCellValue("RuleSet"));
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(good));
             var out = new java.util.zip.ZipOutputStream(bomb)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                in.transferTo(out);
            }
            // 200 MB of zeros packs into a few hundred kilobytes.
            out.putNextEntry(new java.util.zip.ZipEntry("xl/media/leeg.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                out.write(zeros);
            }
        }
        assertThat(bomb.size()).isLessThan(5 * 1024 * 1024);

        XlsxTable.Read read = XlsxTable.read("t.drl.xlsx", bomb.toByteArray());

        assertThat(read.table()).isNull();
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.TABEL_ONLEESBAAR);
            assertThat(p.melding()).contains("geen leesbare Excel-werkmap");
        });
    }

    private static byte[] workbook(Consumer<XSSFSheet> fill) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(book.createSheet("t"));
            book.write(out);
            return out.toByteArray();
        }
    }
}
