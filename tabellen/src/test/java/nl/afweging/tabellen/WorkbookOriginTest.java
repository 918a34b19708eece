// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.tabellen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;
import nl.afweging.testkit.TestRules;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook knows where it belongs (issue 26, point 1): export writes the rule set, version, gemeente and table it
 * holds, and the table's rows then, into the workbook; import refuses it anywhere else, and refuses to undo a change
 * someone made to the table since the export, unless the officer overwrites it on purpose, which is then said.
 */
class WorkbookOriginTest {
    @TempDir
    Path dir;

    /** Compiled rule sets, shared by the imports' checks (as decide's cache is by the command line's). */
    @TempDir
    static Path cache;

    private Path rules;
    private Path out;

    @BeforeEach
    void exportEverything() throws IOException {
        rules = TestRules.copyAll(Files.createDirectory(dir.resolve("regels")));
        out = dir.resolve("excel");
        assertThat(Spreadsheets.exportWorkbooks(rules, out).bevindingen()).isEmpty();
    }

    @Test
    void aWorkbookOfOneVersionIsRefusedInAnotherNamingBothAndNothingIsWritten() throws IOException {
        String before = Files.readString(rules.resolve("2027.1/parameters.drl.csv"));

        Spreadsheets.Result result = Spreadsheets.importWorkbooks(List.of(out.resolve("2026.1/parameters.drl.xlsx")),
                rules.resolve("2027.1"));

        assertThat(result.geschreven()).isEmpty();
        assertThat(result.bevindingen()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.WERKMAP_ANDERE_PLAATS);
            assertThat(p.melding()).contains("komt uit regelset afwegingskader-standaard 2026.1, tabel parameters.drl.csv")
                    .contains("regelset afwegingskader-standaard 2027.1, tabel parameters.drl.csv vervangen");
        });
        assertThat(Files.readString(rules.resolve("2027.1/parameters.drl.csv"))).isEqualTo(before);
    }

    @Test
    void aWorkbookOfAGemeenteOrOfAnotherTableIsRefusedEvenWhenOverwritingOnPurpose() throws IOException {
        Path bladel = out.resolve("gemeenten/1728/parameters.drl.xlsx");
        assertThat(Spreadsheets.importWorkbooks(List.of(bladel), rules.resolve("2026.1"), true, cache).bevindingen()).singleElement()
                .satisfies(p -> assertThat(p.melding()).contains("van gemeente 1728").contains("afwegingskader-standaard 2026.1,"));

        Path renamed = Files.copy(out.resolve("2026.1/vloeren.drl.xlsx"), dir.resolve("ladder.drl.xlsx"));
        assertThat(Spreadsheets.importWorkbooks(List.of(renamed), rules.resolve("2026.1"), true, cache).bevindingen())
                .singleElement().satisfies(p -> {
                    assertThat(p.code()).isEqualTo(ProblemCode.WERKMAP_ANDERE_PLAATS);
                    assertThat(p.melding()).contains("tabel vloeren.drl.csv").contains("tabel ladder.drl.csv");
                });
    }

    @Test
    void aTableChangedSinceTheExportIsRefusedNamingItsRowsUnlessOverwrittenOnPurpose() throws IOException {
        Path workbook = out.resolve("2026.1/parameters.drl.xlsx");
        Workbooks.setText(workbook, "B13", "9");
        // Someone else changes row 11 in the CSV after the export; the workbook still holds the old value there.
        TestRules.edit(rules, "2026.1/parameters.drl.csv", "meervoudigVanaf,3,", "meervoudigVanaf,4,");

        Spreadsheets.Result refused = Spreadsheets.importWorkbooks(List.of(workbook), rules.resolve("2026.1"), false, cache);
        assertThat(refused.geschreven()).isEmpty();
        assertThat(refused.bevindingen()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.TABEL_VERANDERD_NA_EXPORT);
            assertThat(p.plaats()).isEqualTo("parameters.drl.xlsx:11");
            assertThat(p.melding()).contains("(rij 11)").contains("--overschrijf-latere-wijzigingen");
        });
        assertThat(Files.readString(rules.resolve("2026.1/parameters.drl.csv"))).contains("\nmeervoudigVanaf,4,");

        Spreadsheets.Result overwritten = Spreadsheets.importWorkbooks(List.of(workbook), rules.resolve("2026.1"), true, cache);
        assertThat(overwritten.bevindingen()).isEmpty();
        assertThat(overwritten.meldingen()).singleElement().asString()
                .contains("--overschrijf-latere-wijzigingen").contains("rij 11 van parameters.drl.csv");
        assertThat(Files.readString(rules.resolve("2026.1/parameters.drl.csv"))).contains("\nmeervoudigVanaf,3,")
                .contains("\ntrajectTermijnMaanden,9,");
    }

    @Test
    void aChangeElsewhereInTheTableOrThisWorkbooksOwnEarlierImportIsNoConflict() throws IOException {
        Path workbook = out.resolve("2026.1/parameters.drl.xlsx");
        Workbooks.setText(workbook, "B13", "9");
        assertThat(Spreadsheets.importWorkbooks(List.of(workbook), rules.resolve("2026.1"), false, cache).bevindingen()).isEmpty();
        // The same workbook again, one more cell changed: row 13 is as the workbook has it, so nothing is undone.
        Workbooks.setText(workbook, "B14", "3");
        Spreadsheets.Result again = Spreadsheets.importWorkbooks(List.of(workbook), rules.resolve("2026.1"), false, cache);

        assertThat(again.bevindingen()).isEmpty();
        assertThat(again.meldingen()).isEmpty();
        assertThat(Files.readString(rules.resolve("2026.1/parameters.drl.csv"))).contains("\ntrajectTermijnMaanden,9,")
                .contains("\nmislukteMaatwerkTrajecten,3,");
    }

    @Test
    void aWorkbookThatDoesNotSayWhereItComesFromIsRefusedUnlessOverwrittenOnPurpose() throws IOException {
        Path workbook = withoutOrigin(out.resolve("2026.1/parameters.drl.xlsx"));

        List<LoadProblem> refused = Spreadsheets.importWorkbooks(List.of(workbook), rules.resolve("2026.1"), false, cache).bevindingen();
        assertThat(refused).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.WERKMAP_ANDERE_PLAATS);
            assertThat(p.melding()).contains("zegt niet uit welke regelset").contains("Exporteer de tabel opnieuw");
        });

        Spreadsheets.Result overwritten = Spreadsheets.importWorkbooks(List.of(workbook), rules.resolve("2026.1"), true, cache);
        assertThat(overwritten.bevindingen()).isEmpty();
        assertThat(overwritten.meldingen()).singleElement().asString().contains("zegt niet waar hij vandaan komt");
    }

    @Test
    void anUnchangedWorkbookStillImportsAsTheSameBytes() throws IOException {
        byte[] before = Files.readAllBytes(rules.resolve("2027.1/voorzieningen.drl.csv"));
        Spreadsheets.Result result = Spreadsheets.importWorkbooks(List.of(out.resolve("2027.1/voorzieningen.drl.xlsx")),
                rules.resolve("2027.1"), false, cache);
        assertThat(result.bevindingen()).isEmpty();
        assertThat(Files.readAllBytes(rules.resolve("2027.1/voorzieningen.drl.csv"))).isEqualTo(before);
    }

    @Test
    void anOriginWrittenByHandPutsNoEscapeOnTheTerminalAndABrokenOneIsNone() throws IOException {
        Path workbook = out.resolve("2026.1/parameters.drl.xlsx");
        setProperty(workbook, "afweging-versie", "2027.1\u001b[2J\u202eVALS" + "x".repeat(300));

        assertThat(Spreadsheets.importWorkbooks(List.of(workbook), rules.resolve("2026.1"), false, cache).bevindingen()).singleElement()
                .satisfies(p -> {
                    assertThat(p.code()).isEqualTo(ProblemCode.WERKMAP_ANDERE_PLAATS);
                    assertThat(p.melding()).contains("afwegingskader-standaard 2027.1?[2J?VALS").doesNotContain("\u001b", "\u202e")
                            .doesNotContain("x".repeat(101));
                });

        // A list of row hashes longer than any table may be: no origin.
        setProperty(workbook, "afweging-versie", "2026.1");
        setProperty(workbook, "afweging-rijen", String.join(",", java.util.Collections.nCopies(5_001, "0123456789abcdef")));
        assertThat(Spreadsheets.importWorkbooks(List.of(workbook), rules.resolve("2026.1")).bevindingen()).singleElement()
                .satisfies(p -> assertThat(p.melding()).contains("zegt niet uit welke regelset"));

        setProperty(workbook, "afweging-tabelhash", "geen hash");
        assertThat(Spreadsheets.importWorkbooks(List.of(workbook), rules.resolve("2026.1"), false, cache).bevindingen()).singleElement()
                .satisfies(p -> assertThat(p.melding()).contains("zegt niet uit welke regelset"));
    }

    private static void setProperty(Path workbook, String name, String value) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(workbook)))) {
            book.getProperties().getCustomProperties().getProperty(name).setLpwstr(value);
            try (OutputStream stream = Files.newOutputStream(workbook)) {
                book.write(stream);
            }
        }
    }

    @Test
    void aWorkbookRenamedByTheSpreadsheetProgramOrSavedInAnotherFormatIsToldHowToSaveIt() throws IOException {
        Path copy = Files.copy(out.resolve("2026.1/parameters.drl.xlsx"), dir.resolve("parameters.drl (1).xlsx"));
        Path kopie = Files.copy(out.resolve("2026.1/vloeren.drl.xlsx"), dir.resolve("Kopie van vloeren.xlsx"));
        Path ods = Files.writeString(dir.resolve("parameters.drl.ods"), "geen werkmap");

        List<LoadProblem> refused = Spreadsheets.importWorkbooks(List.of(copy, kopie, ods), rules.resolve("2026.1")).bevindingen();

        assertThat(refused).extracting(LoadProblem::melding).satisfiesExactly(
                m -> assertThat(m).contains("Sla hem op als parameters.drl.xlsx", "afwegingskader-standaard 2026.1"),
                m -> assertThat(m).contains("Sla hem op als vloeren.drl.xlsx"),
                m -> assertThat(m).contains("geen Excel-werkmap (.xlsx)", "Excel 2007-365 (.xlsx)"));
        assertThat(refused).extracting(LoadProblem::code).containsOnly(ProblemCode.TABEL_ONLEESBAAR);
    }

    @Test
    void aYesOrTrueFalseTypedAnotherWayIsWrittenAsTheColumnTakesItAndSaidSo() throws IOException {
        Path csv = rules.resolve("2026.1/vloeren.drl.csv");
        byte[] before = Files.readAllBytes(csv);
        Path workbook = out.resolve("2026.1/vloeren.drl.xlsx");
        Workbooks.setText(workbook, "N10", "Ja ");
        Workbooks.setText(workbook, "O10", "JA");
        Workbooks.setText(workbook, "E11", "Onwaar");

        Spreadsheets.Result result = Spreadsheets.importWorkbooks(List.of(workbook), rules.resolve("2026.1"), false, cache);

        assertThat(result.bevindingen()).isEmpty();
        assertThat(Files.readAllBytes(csv)).as("the CSV holds what was meant: as before").isEqualTo(before);
        assertThat(result.meldingen()).singleElement().asString()
                .contains("cellen N10 'Ja ' als 'ja', O10 'JA' als 'ja', E11 'Onwaar' als 'false' geschreven");
    }

    /** The workbook with its custom document properties removed, as a workbook made before export wrote them. */
    private static Path withoutOrigin(Path workbook) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(workbook)))) {
            var custom = book.getProperties().getCustomProperties().getUnderlyingProperties();
            while (custom.sizeOfPropertyArray() > 0) {
                custom.removeProperty(0);
            }
            try (OutputStream stream = Files.newOutputStream(workbook)) {
                book.write(stream);
            }
        }
        return workbook;
    }
}
