// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.tabellen;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.afweging.testkit.BrokenRuleSetCase;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broken rule sets of the core's {@code kapotte-regels/} that hold a table as a workbook ({@code .drl.xlsx}): with
 * this module's reader beside the core, each gives exactly its findings, at its cell, as BrokenRuleSetsTest checks
 * the others in the core.
 */
class BrokenWorkbooksTest {
    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyBrokenWorkbookGivesItsFindings() throws IOException {
        return BrokenRuleSetCase.all().stream().filter(BrokenRuleSetCase::needsWorkbooks)
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                        () -> BrokenRuleSetCase.replay(file, dir, BrokenWorkbooksTest::toWorkbook)));
    }

    /** The table as `tabellen export` makes it; optionally one cell made a formula or given a text. */
    private static Path toWorkbook(Path rules, String file, JsonNode edit, Path scratch) {
        Path workbook = Workbooks.export(rules, file, scratch);
        if (edit.has("formule")) {
            Workbooks.setFormula(workbook, edit.get("cel").asText(), edit.get("formule").asText());
        } else if (edit.has("tekst")) {
            Workbooks.setText(workbook, edit.get("cel").asText(), edit.get("tekst").asText());
        }
        return workbook;
    }
}
