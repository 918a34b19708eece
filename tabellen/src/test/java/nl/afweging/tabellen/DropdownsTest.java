// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.tabellen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.afweging.model.Niveau;
import nl.afweging.model.Wet;
import nl.afweging.testkit.TestRules;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes stopped while typing (issue 26, point 2): every column of an exported workbook whose cells take a short
 * closed list offers it as a dropdown over its rows and room below, refusing anything else, in Dutch; columns that
 * take text, numbers or a list of values have none.
 */
class DropdownsTest {
    @TempDir
    Path dir;

    @Test
    void theLadderOffersTrueFalseAndTheNiveausWhereItsCellsTakeThem() throws IOException {
        Map<String, DataValidation> lists = dropdowns("ladder.drl.csv");

        assertThat(lists.keySet()).contains("C", "H");
        assertThat(lists.get("C").getValidationConstraint().getExplicitListValues()).containsExactly("true", "false");
        assertThat(lists.get("H").getValidationConstraint().getExplicitListValues())
                .containsExactlyElementsOf(Arrays.stream(Niveau.values()).map(Enum::name).toList());
        CellRangeAddress range = lists.get("H").getRegions().getCellRangeAddresses()[0];
        assertThat(range.getFirstRow() + 1).as("the first row of the ladder, L0").isEqualTo(10);
        assertThat(range.getLastRow() + 1).isGreaterThan(200);
        assertThat(lists.get("H").getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
        assertThat(lists.get("H").getErrorBoxText()).contains("In deze kolom: NORMALISATIE");
        assertThat(lists.get("H").getPromptBoxText()).startsWith("Toegestaan: NORMALISATIE");
        // Text (naam, grondslag, uitleg) and numbers (scores) are typed freely.
        assertThat(lists.keySet()).doesNotContain("A", "B", "D", "E");
    }

    @Test
    void theFloorsOfferTheWetAndJaButNoListWhereACellTakesSeveralValues() throws IOException {
        Map<String, DataValidation> lists = dropdowns("vloeren.drl.csv");

        assertThat(lists.get("C").getValidationConstraint().getExplicitListValues())
                .containsExactlyElementsOf(Arrays.stream(Wet.values()).map(Enum::name).toList());
        assertThat(lists.get("L").getValidationConstraint().getExplicitListValues()).contains("SPECIALISTISCH_MAATWERK");
        assertThat(lists.get("N").getValidationConstraint().getExplicitListValues()).containsExactly("ja");
        assertThat(lists.get("N").getEmptyCellAllowed()).isTrue();
        // veiligheid takes "ACUUT_ONVEILIG, VERMOEDEN_GEWELD": a list, so no dropdown of single values.
        assertThat(lists).doesNotContainKey("D");
    }

    @Test
    void everyValueADropdownOffersIsOneTheImportAccepts() throws IOException {
        Path rules = TestRules.copy(Files.createDirectory(dir.resolve("regels")));
        Path workbook = Workbooks.export(rules, "ladder.drl.csv", dir.resolve("uit"));
        // The ladder's rows from L0 on, each given one of the values the H list offers: every one is a cell the check
        // accepts, in one import.
        String[] niveaus = dropdowns(workbook).get("H").getValidationConstraint().getExplicitListValues();
        for (int i = 0; i < niveaus.length; i++) {
            Workbooks.setText(workbook, "H" + (10 + i), niveaus[i]);
        }
        assertThat(Spreadsheets.importWorkbooks(List.of(workbook), rules).bevindingen()).isEmpty();
        assertThat(Files.readString(rules.resolve("ladder.drl.csv"))).contains("," + niveaus[niveaus.length - 1] + ",");
    }

    private Map<String, DataValidation> dropdowns(String table) throws IOException {
        Path rules = TestRules.copy(Files.createDirectory(dir.resolve("regels-" + table)));
        return dropdowns(Workbooks.export(rules, table, dir.resolve("uit-" + table)));
    }

    /** The sheet's lists by the column letter they cover. */
    private static Map<String, DataValidation> dropdowns(Path workbook) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(workbook)))) {
            XSSFSheet sheet = book.getSheetAt(0);
            Map<String, DataValidation> lists = new TreeMap<>();
            for (DataValidation v : sheet.getDataValidations()) {
                int column = v.getRegions().getCellRangeAddresses()[0].getFirstColumn();
                lists.put(org.apache.poi.ss.util.CellReference.convertNumToColString(column), v);
            }
            return lists;
        }
    }
}
