// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.tabellen.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import nl.afweging.impl.ruleset.tables.CsvTable;
import nl.afweging.impl.ruleset.tables.CsvWriter;
import nl.afweging.impl.ruleset.tables.WorkbookReader;
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
        WorkbookReader.Read read = new XlsxTable().read("t.drl.xlsx", workbook(sheet -> {
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
        WorkbookReader.Read read = new XlsxTable().read("t.drl.xlsx", workbook(sheet -> {
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
        WorkbookReader.Read read = new XlsxTable().read("t.drl.xlsx", workbook(sheet -> sheet.createRow(2).createCell(2).setCellValue("twee\nregels")));
        assertThat(read.problems()).extracting(LoadProblem::plaats, LoadProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("t.drl.xlsx:3 (kolom C)", ProblemCode.CEL_ONGELDIG));
        assertThat(read.problems().get(0).melding()).contains("nieuwe regel (Alt+Enter)");
    }

    @Test
    void aWorkbookWrittenAndReadGivesItsCellsBack() {
        CsvTable csv = CsvTable.parse("RuleSet,x,,\nNotes,\"een, twee \"\"drie\"\"\",,\n,,,\nRuleTable T,,,\nCONDITION,ACTION,,\n");
        WorkbookReader.Read read = new XlsxTable().read("t.drl.xlsx", XlsxWriter.write("t", "t.drl.csv", csv));
        assertThat(read.problems()).isEmpty();
        assertThat(read.table().rows()).isEqualTo(csv.rows());
        assertThat(CsvWriter.write(read.table().rows(), csv)).isEqualTo("RuleSet,x,,\nNotes,\"een, twee \"\"drie\"\"\",,\n,,,\nRuleTable T,,,\nCONDITION,ACTION,,\n");
        assertThat(List.of(csv.delimiter(), CsvTable.parse("RuleSet;\"a;b\";c\n").delimiter())).containsExactly(',', ';');
        assertThat(CsvTable.parse("RuleSet;\"a;b\";c, d\n").row(1)).containsExactly("RuleSet", "a;b", "c, d");
    }

    @Test
    void aWorkbookThatUnpacksToFarMoreThanItsSizeIsNotUnpacked() throws Exception {
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

        long[] allocated = new long[1];
        WorkbookReader.Read read = allocating(() -> new XlsxTable().read("t.drl.xlsx", bomb.toByteArray()), allocated);

        // Counted while it streams past, never held: refused at 16 MB unpacked.
        assertThat(read.table()).isNull();
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.TABEL_TE_GROOT);
            assertThat(p.melding()).contains("de werkmap is uitgepakt groter dan 16 MB");
        });
        assertThat(allocated[0]).as("bytes allocated to refuse it").isLessThan(64L * 1024 * 1024);
    }

    @Test
    void aWorkbookWithACellAtColumnXfdOnEveryRowIsRefusedBeforeItIsBuilt() throws Exception {
        // As found (issue 24): 100,000 cells at column XFD in a file of about 1 MB gave an OutOfMemoryError.
        // Made as an attacker would: a workbook POI wrote, its sheet replaced by one whose dimension says A1:B2.
        byte[] hostile = withSheet("<dimension ref=\"A1:B2\"/>", 100_000,
                r -> "<row r=\"" + r + "\"><c r=\"XFD" + r + "\"><v>" + r + "</v></c></row>");
        assertThat(hostile.length).isBetween(500_000, 2_000_000);

        long[] allocated = new long[1];
        WorkbookReader.Read read = allocating(() -> new XlsxTable().read("ver-rechts.drl.xlsx", hostile), allocated);

        assertThat(read.table()).isNull();
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.TABEL_TE_GROOT);
            assertThat(p.plaats()).isEqualTo("ver-rechts.drl.xlsx");
            assertThat(p.melding()).contains("te groot", "kolom XFD", "voorbij kolom BH", "Ctrl+End");
        });
        assertThat(allocated[0]).as("bytes allocated to refuse it").isLessThan(64L * 1024 * 1024);
    }

    @Test
    void aWorkbookThatRunsOnForRowsOrHoldsTooManyTextsIsRefusedCheaply() throws Exception {
        byte[] rows = withSheet("", 100_000, r -> "<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>rij " + r
                + "</t></is></c></row>");
        long[] allocated = new long[1];
        WorkbookReader.Read read = allocating(() -> new XlsxTable().read("lang.drl.xlsx", rows), allocated);
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.TABEL_TE_GROOT);
            assertThat(p.melding()).contains("het werkblad loopt door tot rij 5.001");
        });
        assertThat(allocated[0]).as("bytes allocated to refuse it").isLessThan(64L * 1024 * 1024);

        // Within the rows and the columns, but too many cells together.
        byte[] full = streamed(sheet -> {
            for (int r = 0; r < 4_000; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < 6; c++) {
                    row.createCell(c).setCellValue(r * 6 + c);
                }
            }
        });
        read = allocating(() -> new XlsxTable().read("vol.drl.xlsx", full), allocated);
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.TABEL_TE_GROOT);
            assertThat(p.melding()).contains("het werkblad heeft meer dan 20.000 cellen");
        });
        assertThat(allocated[0]).as("bytes allocated to refuse it").isLessThan(64L * 1024 * 1024);

        // Texts no cell uses still fill the shared-strings part POI would read whole.
        byte[] texts = workbook(sheet -> {
            sheet.createRow(0).createCell(0).setCellValue("RuleSet");
            for (int i = 0; i < 30_000; i++) {
                sheet.getWorkbook().getSharedStringSource().addSharedStringItem(
                        new org.apache.poi.xssf.usermodel.XSSFRichTextString("tekst " + i));
            }
        });
        read = allocating(() -> new XlsxTable().read("teksten.drl.xlsx", texts), allocated);
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.TABEL_TE_GROOT);
            assertThat(p.melding()).contains("verschillende teksten");
        });
        assertThat(allocated[0]).as("bytes allocated to refuse it").isLessThan(64L * 1024 * 1024);
    }

    @Test
    void aTableUpToTheBoundsIsRead() throws IOException {
        // Sixty columns (A to BH) and a row at 5,000: read. One column or one row more: refused.
        WorkbookReader.Read wide = new XlsxTable().read("t.drl.xlsx", workbook(sheet -> {
            XSSFRow row = sheet.createRow(0);
            for (int c = 0; c < 60; c++) {
                row.createCell(c).setCellValue("k" + c);
            }
            sheet.createRow(4_999).createCell(0).setCellValue("laatste");
        }));
        assertThat(wide.problems()).isEmpty();
        assertThat(wide.table().row(1)).hasSize(60).endsWith("k59");
        assertThat(wide.table().row(5_000)).containsExactly("laatste");

        WorkbookReader.Read wider = new XlsxTable().read("t.drl.xlsx", workbook(sheet -> sheet.createRow(0).createCell(60).setCellValue("x")));
        assertThat(wider.problems()).singleElement().satisfies(p -> assertThat(p.melding()).contains("Excel ziet BI1 als het gebruikte deel van het werkblad, tot kolom BI"));
        WorkbookReader.Read longer = new XlsxTable().read("t.drl.xlsx", workbook(sheet -> sheet.createRow(5_000).createCell(0).setCellValue("x")));
        assertThat(longer.problems()).singleElement().satisfies(p -> assertThat(p.melding()).contains("tot rij 5.001"));
    }

    /** What {@code read} gives, and in {@code allocated[0]} the bytes this thread allocated meanwhile. */
    private static <T> T allocating(java.util.concurrent.Callable<T> read, long[] allocated) throws Exception {
        XlsxTableTest.class.getModule().addReads(ModuleLayer.boot().findModule("java.management").orElseThrow());
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        // com.sun.management's view of the same bean (the engine module does not read jdk.management).
        java.lang.reflect.Method bytes = Class.forName("com.sun.management.ThreadMXBean").getMethod("getThreadAllocatedBytes", long.class);
        long id = Thread.currentThread().getId();
        long before = (long) bytes.invoke(threads, id);
        T result = read.call();
        allocated[0] = (long) bytes.invoke(threads, id) - before;
        return result;
    }

    /**
     * A workbook POI wrote, with its sheet's XML replaced, streaming, by {@code head} and {@code rows} rows (1-based)
     * of {@code row}, cells without any gap filled.
     */
    private static byte[] withSheet(String head, int rows, java.util.function.IntFunction<String> row) throws IOException {
        byte[] good = workbook(sheet -> sheet.createRow(0).createCell(0).setCellValue("RuleSet"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(good));
             var zip = new java.util.zip.ZipOutputStream(out)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                if (!entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    in.transferTo(zip);
                    continue;
                }
                var xml = new java.io.OutputStreamWriter(zip, java.nio.charset.StandardCharsets.UTF_8);
                xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                        + "spreadsheetml/2006/main\">" + head + "<sheetData>");
                for (int r = 1; r <= rows; r++) {
                    xml.write(row.apply(r));
                }
                xml.write("</sheetData></worksheet>");
                xml.flush();
            }
        }
        return out.toByteArray();
    }

    /** A large workbook written by POI's streaming writer, as a program (not Excel) would make one. */
    private static byte[] streamed(Consumer<org.apache.poi.ss.usermodel.Sheet> fill) throws IOException {
        try (var book = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(book.createSheet("t"));
            book.write(out);
            book.dispose();
            return out.toByteArray();
        }
    }

    private static byte[] workbook(Consumer<XSSFSheet> fill) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(book.createSheet("t"));
            book.write(out);
            return out.toByteArray();
        }
    }
}
