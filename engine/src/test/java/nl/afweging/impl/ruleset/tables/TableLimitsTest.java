// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;
import org.junit.jupiter.api.Test;

/** The bounds of a CSV table, counted over its text before a row is made (a workbook's: XlsxTableTest in afweging-tabellen). */
class TableLimitsTest {
    @Test
    void aCsvTableBeyondTheBoundsIsRefusedBeforeItsRowsAreMade() {
        List<LoadProblem> problems = new java.util.ArrayList<>();
        assertThat(CsvText.decode("breed.drl.csv", ("a" + ",".repeat(60) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), problems)).isNull();
        assertThat(CsvText.decode("lang.drl.csv", "a\n".repeat(5_001).getBytes(java.nio.charset.StandardCharsets.UTF_8), problems)).isNull();
        assertThat(CsvText.decode("vol.drl.csv", "1;2;3;4;5\n".repeat(4_001).getBytes(java.nio.charset.StandardCharsets.UTF_8), problems)).isNull();
        assertThat(problems).extracting(LoadProblem::code).containsOnly(ProblemCode.TABEL_TE_GROOT);
        assertThat(problems).extracting(LoadProblem::melding).satisfiesExactly(
                m -> assertThat(m).contains("rij 1 heeft meer dan 60 kolommen"),
                m -> assertThat(m).contains("meer dan 5.000 rijen"),
                m -> assertThat(m).contains("meer dan 20.000 gevulde cellen"));

        // Up to the bounds, and a separator inside quotes is no column.
        String quoted = "\"" + ",".repeat(100) + "\"" + ",x".repeat(59) + "\n";
        assertThat(CsvText.decode("t.drl.csv", (quoted + "a\n".repeat(4_999)).getBytes(java.nio.charset.StandardCharsets.UTF_8), problems)).isNotNull();
        assertThat(problems).hasSize(3);
    }
}
