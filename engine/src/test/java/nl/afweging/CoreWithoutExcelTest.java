// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The core runs with no Excel stack: Apache POI is not on its path (the build leaves it out of drools-decisiontables),
 * decision tables in CSV compile and decide, and a workbook in a rules folder is refused with what to do, since the
 * reader of workbooks is afweging-tabellen, which this module's tests do not have.
 */
class CoreWithoutExcelTest {
    @TempDir
    Path dir;

    @Test
    void apachePoiIsNotThere() {
        for (String poi : new String[] {"org.apache.poi.ss.usermodel.Workbook", "org.apache.poi.xssf.usermodel.XSSFWorkbook"}) {
            assertThatThrownBy(() -> Class.forName(poi, false, Engine.class.getClassLoader()))
                    .isInstanceOf(ClassNotFoundException.class);
        }
    }

    @Test
    void decisionTablesInCsvCompileAndDecide() throws Exception {
        Engine engine = Engine.builder().rules(BrokenRules.copy(dir)).build();
        String advies = engine.evaluateToJson(Files.readString(TestEngines.root().resolve("examples/aanvraag-wmo.json")));
        // The example's level comes from a row of the ladder table: a table that compiled decides.
        assertThat(advies).contains("\"niveau\":\"LOKAAL_TEAM\"").contains("\"bron\":\"ladder.drl.csv:14\"");
    }

    @Test
    void aWorkbookInTheRulesIsRefusedSayingWhatToDo() throws Exception {
        Path rules = BrokenRules.copy(dir);
        // Whatever its bytes: without a reader nothing of it is read.
        Files.write(rules.resolve("ladder.drl.xlsx"), Files.readAllBytes(rules.resolve("ladder.drl.csv")));
        BrokenRules.delete(rules, "ladder.drl.csv");

        // The one finding about the workbook (the parameter only the ladder read is then unused: a finding of its own).
        assertThat(RuleSetCheck.check(rules).bevindingen()).filteredOn(p -> p.bestand().equals("ladder.drl.xlsx"))
                .singleElement().satisfies(this::saysWhatToDo);
        RuleSetLoadException refused = catchThrowableOfType(() -> Engine.builder().rules(rules).build(), RuleSetLoadException.class);
        assertThat(refused.problems()).filteredOn(p -> p.bestand().equals("ladder.drl.xlsx")).singleElement().satisfies(this::saysWhatToDo);
        assertThat(refused.getMessage()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private void saysWhatToDo(LoadProblem problem) {
        assertThat(problem.code()).isEqualTo(ProblemCode.TABEL_ONLEESBAAR);
        assertThat(problem.plaats()).isEqualTo("ladder.drl.xlsx");
        assertThat(problem.melding()).contains("deze installatie leest geen Excel-werkmappen")
                .contains("afweging-tabellen").contains(".drl.csv");
    }
}
