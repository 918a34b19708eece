// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.tabellen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.afweging.Engine;
import nl.afweging.RuleSetCheck;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import nl.afweging.testkit.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision tables in Excel: a {@code .drl.xlsx} decides as its {@code .drl.csv} does and its mistakes are named by
 * the sheet's row and column; a semicolon CSV and a CSV with a byte order mark load as the plain form; every table
 * exported and imported again is the same file byte for byte; a cell edited in the workbook gives the rule set the
 * same cell edited in the CSV gives; and an import that would change a locked row or break a check writes nothing.
 */
class SpreadsheetsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    /** Compiled rule sets, shared by the imports' checks (as decide's cache is by the command line's). */
    @TempDir
    static Path cache;

    private Path rules(String name) throws IOException {
        return TestRules.copy(Files.createDirectory(dir.resolve(name)));
    }

    @Test
    void everyTableExportedAndImportedIsTheSameFileByteForByte() throws IOException {
        Path rules = rules("regels");
        Path out = dir.resolve("excel");
        Spreadsheets.Result export = Spreadsheets.exportWorkbooks(rules, out);
        assertThat(export.bevindingen()).isEmpty();
        List<Path> tables = csvFiles(rules);
        assertThat(tables).hasSize(5);
        assertThat(export.geschreven()).hasSize(tables.size());
        List<byte[]> before = new ArrayList<>();
        for (Path table : tables) {
            before.add(Files.readAllBytes(table));
        }

        Spreadsheets.Result imported = Spreadsheets.importWorkbooks(export.geschreven(), rules, false, cache);

        assertThat(imported.bevindingen()).isEmpty();
        assertThat(imported.geschreven()).containsExactlyElementsOf(tables);
        for (int i = 0; i < tables.size(); i++) {
            assertThat(Files.readAllBytes(tables.get(i))).as(tables.get(i).toString()).isEqualTo(before.get(i));
        }
    }

    @Test
    void aFolderOfVersionsIsExportedByFolderAndAWorkbookIsImportedIntoItsVersionChecked() throws IOException {
        Path rules = TestRules.copyAll(Files.createDirectory(dir.resolve("alles")));
        Path out = dir.resolve("excel");

        Spreadsheets.Result export = Spreadsheets.exportWorkbooks(rules, out);

        assertThat(export.bevindingen()).isEmpty();
        assertThat(export.geschreven()).contains(out.resolve("2026.1/ladder.drl.xlsx"), out.resolve("2027.1/parameters.drl.xlsx"),
                out.resolve("gemeenten/1728/voorzieningen.drl.xlsx")).hasSize(12);
        // An edit in Excel of the gemeente's parameter: imported into its own folder, checked with every version.
        Path bladel = out.resolve("gemeenten/1728/parameters.drl.xlsx");
        Workbooks.setText(bladel, "B11", "3");
        assertThat(Spreadsheets.importWorkbooks(List.of(bladel), rules.resolve("gemeenten/1728"), false, cache).bevindingen()).isEmpty();
        assertThat(Files.readString(rules.resolve("gemeenten/1728/parameters.drl.csv"))).contains("\nmislukteMaatwerkTrajecten,3,");
        // A value outside the version's bounds is refused, naming the workbook's cell, and nothing is written (in a
        // workbook exported anew: the table is no longer what the first workbook was exported from).
        assertThat(Spreadsheets.exportWorkbooks(rules, out).bevindingen()).isEmpty();
        Workbooks.setText(bladel, "B11", "0");
        assertThat(Spreadsheets.importWorkbooks(List.of(bladel), rules.resolve("gemeenten/1728"), false, cache).bevindingen())
                .anySatisfy(p -> assertThat(p.plaats()).startsWith("gemeenten/1728/parameters.drl.xlsx:11"));
        assertThat(Files.readString(rules.resolve("gemeenten/1728/parameters.drl.csv"))).contains("\nmislukteMaatwerkTrajecten,3,");
        assertThat(Engine.builder().rules(rules).build().regelsets()).hasSize(4);
    }

    @Test
    void aCellEditedInTheWorkbookGivesTheRuleSetOfTheSameEditInTheCsv() throws IOException {
        Path byText = TestRules.edit(rules("tekst"), "parameters.drl.csv", "\nmeervoudigVanaf,3,", "\nmeervoudigVanaf,4,");
        Path byExcel = rules("excel");
        Path workbook = Workbooks.export(byExcel, "parameters.drl.csv", dir.resolve("uit"));
        Workbooks.setText(workbook, "B11", "4");

        Spreadsheets.Result imported = Spreadsheets.importWorkbooks(List.of(workbook), byExcel, false, cache);

        assertThat(imported.bevindingen()).isEmpty();
        assertThat(Files.readString(byExcel.resolve("parameters.drl.csv"))).isEqualTo(Files.readString(byText.resolve("parameters.drl.csv")));
        Engine fromText = Engine.builder().rules(byText).build();
        Engine fromExcel = Engine.builder().rules(byExcel).build();
        assertThat(fromExcel.regelset().hash()).isEqualTo(fromText.regelset().hash())
                .isNotEqualTo(TestRules.standard().regelset(java.time.LocalDate.parse("2026-06-01"), null).hash());
        assertThat(fromExcel.parameters()).containsEntry("meervoudigVanaf", 4);
    }

    @Test
    void aNumberTypedIntoTheWorkbookIsReadAsTyped() throws IOException {
        Path rules = rules("regels");
        Path workbook = Workbooks.export(rules, "parameters.drl.csv", dir.resolve("uit"));
        // Typed into a cell Excel treats as a number: 4.0 in the file, 4 in the table.
        Workbooks.edit(workbook, sheet -> Workbooks.cell(sheet, "B11").setCellValue(4.0));

        assertThat(Spreadsheets.importWorkbooks(List.of(workbook), rules, false, cache).bevindingen()).isEmpty();
        assertThat(Files.readString(rules.resolve("parameters.drl.csv"))).contains("\nmeervoudigVanaf,4,Meervoudige");
    }

    @Test
    void anXlsxTableGivesTheSameAdviceAsItsCsv() throws IOException {
        Path csv = rules("csv");
        Path xlsx = rules("xlsx");
        for (String table : List.of("voorzieningen.drl.csv", "ladder.drl.csv", "parameters.drl.csv")) {
            Path workbook = Workbooks.export(xlsx, table, Files.createTempDirectory(dir, "uit"));
            Files.copy(workbook, xlsx.resolve(workbook.getFileName()));
            Files.delete(xlsx.resolve(table));
        }
        assertThat(RuleSetCheck.check(xlsx).bevindingen()).isEmpty();
        assertSameAdvice(Engine.builder().rules(csv).build(), Engine.builder().rules(xlsx).build(), ".drl.xlsx:");
        // Documented as the same tables, with their own titles.
        String docs = nl.afweging.docs.RuleSetDocs.of(xlsx).render(nl.afweging.docs.DocsFormat.MARKDOWN);
        assertThat(docs).contains("Catalogus van voorzieningen", "Basisniveau uit de ZRM-ladder").doesNotContain("Regels uit ladder");
    }

    @Test
    void aSemicolonCsvAndACsvWithAByteOrderMarkLoadAsThePlainForm() throws IOException {
        Path plain = rules("komma");
        Path excel = rules("excel");
        for (Path table : csvFiles(excel)) {
            String semicolons = semicolonForm(Files.readString(table));
            assertThat(semicolons).doesNotStartWith("RuleSet,").startsWith("RuleSet;");
            Files.writeString(table, semicolons);
        }
        Path ladder = excel.resolve("ladder.drl.csv");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Files.write(ladder, concat(bom, Files.readAllBytes(ladder)));

        assertThat(RuleSetCheck.check(excel).bevindingen()).isEmpty();
        assertSameAdvice(Engine.builder().rules(plain).build(), Engine.builder().rules(excel).build(), ".drl.csv:");
    }

    @Test
    void aSemicolonCsvIsImportedBackAsThePlainCommaForm() throws IOException {
        Path rules = rules("regels");
        Path plain = rules.resolve("ladder.drl.csv");
        String original = Files.readString(plain);
        Path out = dir.resolve("uit");
        Files.writeString(plain, semicolonForm(original));
        Path workbook = Workbooks.export(rules, "ladder.drl.csv", out);

        assertThat(Spreadsheets.importWorkbooks(List.of(workbook), rules, false, cache).bevindingen()).isEmpty();
        // Not the bytes of the original (it quotes some cells it need not), but its cells, each as the comma form needs.
        assertThat(Files.readString(plain)).doesNotContain(";;").startsWith("RuleSet,nl.afweging.regels,");
        Engine back = Engine.builder().rules(rules).build();
        assertThat(back.regelset().naam()).isEqualTo(TestRules.standard().regelset().naam());
    }

    @Test
    void aWorkbookImportedWhereItsCsvIsNotYetIsWrittenInThePlainCommaFormWithTheSameCells() throws IOException {
        Path rules = rules("regels");
        Path original = rules.resolve("vloeren.drl.csv");
        String before = Files.readString(original);
        Path workbook = Workbooks.export(rules, "vloeren.drl.csv", dir.resolve("uit"));
        Files.delete(original);

        assertThat(Spreadsheets.importWorkbooks(List.of(workbook), rules, false, cache).bevindingen()).isEmpty();

        String written = Files.readString(original);
        assertThat(cellsOf(written)).isEqualTo(cellsOf(before));
        assertThat(written).isNotEqualTo(before).endsWith("\n");
    }

    @Test
    void aCellMistakeInAWorkbookIsNamedByTheSheetsRowAndColumnAsInACsv() throws IOException {
        Path csv = TestRules.edit(rules("csv"), "vloeren.drl.csv", ",LOKAAL_TEAM,,,,VEILIG_THUIS,MELDCODE", ",LOKAAL_TEEM,,,,VEILIG_THUIS,MELDCODE");
        Path xlsx = rules("xlsx");
        Path workbook = Workbooks.export(xlsx, "vloeren.drl.csv", dir.resolve("uit"));
        Workbooks.setText(workbook, "L11", "LOKAAL_TEEM");
        Files.copy(workbook, xlsx.resolve("vloeren.drl.xlsx"));
        Files.delete(xlsx.resolve("vloeren.drl.csv"));

        LoadProblem inCsv = single(RuleSetCheck.check(csv).bevindingen());
        LoadProblem inXlsx = single(RuleSetCheck.check(xlsx).bevindingen());

        assertThat(inCsv.plaats()).isEqualTo("vloeren.drl.csv:11 (kolom L)");
        assertThat(inXlsx.plaats()).isEqualTo("vloeren.drl.xlsx:11 (kolom L)");
        assertThat(inXlsx.code()).isEqualTo(inCsv.code()).isEqualTo(ProblemCode.CEL_ONGELDIG);
        assertThat(inXlsx.melding()).isEqualTo(inCsv.melding()).contains("rij V2", "bedoelt u LOKAAL_TEAM?");
    }

    @Test
    void anImportThatChangesALockedRowIsRefusedAndWritesNothing() throws IOException {
        Path rules = rules("regels");
        byte[] before = Files.readAllBytes(rules.resolve("ladder.drl.csv"));
        Path workbook = Workbooks.export(rules, "ladder.drl.csv", dir.resolve("uit"));
        // Unprotected and changed, as an officer could: the code of a condition column.
        Workbooks.edit(workbook, sheet -> {
            sheet.disableLocking();
            Workbooks.cell(sheet, "D8").setCellValue("laagsteScore > $param");
        });

        Spreadsheets.Result result = Spreadsheets.importWorkbooks(List.of(workbook), rules, false, cache);

        assertThat(result.geschreven()).isEmpty();
        assertThat(result.bevindingen()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.RIJ_VERGRENDELD);
            assertThat(p.plaats()).isEqualTo("ladder.drl.xlsx:8 (kolom D)");
            assertThat(p.melding()).contains("cel D8 is veranderd", "rij 8 is vergrendeld", "'laagsteScore >= $param'");
        });
        assertThat(Files.readAllBytes(rules.resolve("ladder.drl.csv"))).isEqualTo(before);
    }

    @Test
    void anImportWithACellMistakeIsRefusedWithTheChecksOfValidateAndWritesNothing() throws IOException {
        Path rules = rules("regels");
        byte[] before = Files.readAllBytes(rules.resolve("voorzieningen.drl.csv"));
        Path workbook = Workbooks.export(rules, "voorzieningen.drl.csv", dir.resolve("uit"));
        Workbooks.setText(workbook, "D11", "840");

        Spreadsheets.Result result = Spreadsheets.importWorkbooks(List.of(workbook), rules, false, cache);

        assertThat(result.geschreven()).isEmpty();
        assertThat(result.bevindingen()).singleElement().satisfies(p -> {
            assertThat(p.plaats()).isEqualTo("voorzieningen.drl.xlsx:11 (kolom D)");
            assertThat(p.melding()).contains("rij LT-BEGELEIDING", "bedoelt u 0840?");
        });
        assertThat(Files.readAllBytes(rules.resolve("voorzieningen.drl.csv"))).isEqualTo(before);
    }

    @Test
    void theExportedSheetLocksItsMachineryAndLeavesTheDataRowsOpen() throws IOException {
        Path workbook = Workbooks.export(rules("regels"), "ladder.drl.csv", dir.resolve("uit"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(workbook)))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            assertThat(sheet.getSheetName()).isEqualTo("ladder");
            assertThat(sheet.isSheetLocked()).isTrue();
            assertThat(sheet.isInsertRowsLocked()).isFalse();
            // Rows 1-8: keywords, RuleTable, column types, object types, code; row 9 the column names; from 10 the rules.
            assertThat(Workbooks.cell(sheet, "A3").getStringCellValue()).isEqualTo("Notes");
            assertThat(Workbooks.cell(sheet, "B3").getStringCellValue()).startsWith("De ZRM-ladder:");
            assertThat(Workbooks.cell(sheet, "B3").getCellStyle().getLocked()).isTrue();
            assertThat(Workbooks.cell(sheet, "D8").getCellStyle().getLocked()).isTrue();
            assertThat(Workbooks.cell(sheet, "D8").getCellStyle().getFillForegroundColor()).isNotEqualTo((short) 64);
            assertThat(Workbooks.cell(sheet, "A9").getStringCellValue()).isEqualTo("id");
            assertThat(Workbooks.cell(sheet, "A9").getCellStyle().getLocked()).isTrue();
            assertThat(book.getFontAt(Workbooks.cell(sheet, "A9").getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(Workbooks.cell(sheet, "A10").getStringCellValue()).isEqualTo("L0");
            assertThat(Workbooks.cell(sheet, "A10").getCellStyle().getLocked()).isFalse();
            assertThat(Workbooks.cell(sheet, "K30").getCellStyle().getLocked()).as("a row added below").isFalse();
            assertThat(Workbooks.cell(sheet, "A10").getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 9);
        }
    }

    @Test
    void aWorkbookThatIsNoTableOfValuesIsRefusedWithItsReason() throws IOException {
        Path rules = rules("regels");
        Path workbook = Workbooks.export(rules, "soorten.drl.csv", dir.resolve("uit"));
        Workbooks.edit(workbook, sheet -> sheet.getWorkbook().createSheet("Blad2"));
        Files.copy(workbook, rules.resolve("soorten.drl.xlsx"));
        Files.delete(rules.resolve("soorten.drl.csv"));
        assertThat(RuleSetCheck.check(rules).bevindingen()).filteredOn(p -> p.bestand().equals("soorten.drl.xlsx")).singleElement()
                .satisfies(p -> {
                    assertThat(p.code()).isEqualTo(ProblemCode.TABEL_ONLEESBAAR);
                    assertThat(p.melding()).contains("2 werkbladen (soorten, Blad2)", "Verwijder de andere werkbladen");
                });

        Files.write(rules.resolve("soorten.drl.xlsx"), "RuleSet,geen werkmap\n".getBytes(StandardCharsets.UTF_8));
        assertThat(RuleSetCheck.check(rules).bevindingen()).filteredOn(p -> p.bestand().equals("soorten.drl.xlsx")).singleElement()
                .satisfies(p -> assertThat(p.melding()).contains("geen leesbare Excel-werkmap (.xlsx)", "tabellen export"));
    }

    private static LoadProblem single(List<LoadProblem> problems) {
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    /** The table as Excel with Dutch settings saves it: semicolons, a cell quoted only when it holds one (or a quote). */
    private static String semicolonForm(String commaCsv) {
        StringBuilder out = new StringBuilder();
        for (String line : commaCsv.split("\n", -1)) {
            List<String> cells = cells(line);
            List<String> written = cells.stream()
                    .map(c -> c.contains(";") || c.contains("\"") ? "\"" + c.replace("\"", "\"\"") + "\"" : c).toList();
            out.append(String.join(";", written)).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /** The cells of one comma line (the rule files have no line break inside a cell). */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static List<List<String>> cellsOf(String csv) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : csv.split("\n")) {
            List<String> cells = new ArrayList<>(cells(line));
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            rows.add(cells);
        }
        return rows;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static List<Path> csvFiles(Path rules) throws IOException {
        try (Stream<Path> files = Files.list(rules)) {
            return files.filter(p -> p.toString().endsWith(".drl.csv")).sorted().toList();
        }
    }

    /** Every fixture gets the same advice from both, but for the hash of the files and the file a table rule is in. */
    private static void assertSameAdvice(Engine expected, Engine actual, String suffixInActual) throws IOException {
        List<Path> fixtures;
        try (Stream<Path> files = Files.list(TestRules.root().resolve("fixtures"))) {
            fixtures = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(fixtures).hasSizeGreaterThan(50);
        for (Path fixture : fixtures) {
            String aanvraag = MAPPER.readTree(fixture.toFile()).get("aanvraag").toString();
            String got = actual.evaluateToJson(aanvraag).replace(suffixInActual, ".drl.csv:");
            assertThat(withoutHash(got)).as(fixture.toString()).isEqualTo(withoutHash(expected.evaluateToJson(aanvraag)));
        }
    }

    private static JsonNode withoutHash(String advies) throws IOException {
        JsonNode node = MAPPER.readTree(advies);
        if (node.get("regelset") instanceof ObjectNode regelset) {
            regelset.remove("hash");
        }
        return node;
    }
}
