// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.afweging.model.ProblemCode;
import nl.afweging.testkit.BrokenRuleSetCase;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deliberately broken rule sets under {@code src/test/resources/kapotte-regels/}: validate reports exactly
 * the expected findings, each with its code and at its file and line (or table row and column), and the engine
 * refuses to load the ones that cannot run, naming the same places, without a stack trace. Together they give
 * every {@link ProblemCode}.
 */
class BrokenRuleSetsTest {
    @TempDir
    Path dir;

    @Test
    void theDefaultRuleSetValidatesClean() {
        assertThat(RuleSetCheck.checkDefault().bevindingen()).isEmpty();
        RuleSetCheck.Result folder = RuleSetCheck.check(TestEngines.root().resolve("rules"));
        assertThat(folder.bevindingen()).isEmpty();
        assertThat(folder.regelset()).isEqualTo(TestEngines.standaard().regelset());
    }

    @TestFactory
    Stream<DynamicTest> everyBrokenRuleSetGivesItsFindings() throws IOException {
        return BrokenRuleSetCase.all().stream().filter(c -> !BrokenRuleSetCase.needsWorkbooks(c))
                .map(file -> DynamicTest.dynamicTest(file.getParent().getFileName() + "/" + file.getFileName(),
                        () -> BrokenRuleSetCase.replay(file, dir, null)));
    }

    @Test
    void everyProblemCodeIsGivenByABrokenRuleSet() throws IOException {
        Set<ProblemCode> expected = EnumSet.noneOf(ProblemCode.class);
        for (Path file : BrokenRuleSetCase.all()) {
            for (JsonNode finding : BrokenRuleSetCase.MAPPER.readTree(file.toFile()).get("verwacht")) {
                expected.add(ProblemCode.valueOf(finding.get("code").asText()));
            }
        }
        // Each case checks that its findings carry these codes, so every code is shown to be given (the cases with a
        // workbook by BrokenWorkbooksTest in afweging-tabellen, whose Excel reader they need). A locked row changed
        // in a workbook is found by `tabellen import` alone, never by loading a folder (SpreadsheetsTest gives it).
        expected.add(ProblemCode.RIJ_VERGRENDELD);
        // So is a workbook brought to the wrong place, or onto a table changed since its export (SpreadsheetsTest).
        expected.add(ProblemCode.WERKMAP_ANDERE_PLAATS);
        expected.add(ProblemCode.TABEL_VERANDERD_NA_EXPORT);
        // What stops a load that no check names: since nesting is bounded before Drools' parser, no rule set here
        // reaches it; LoadFailureTest gives it.
        expected.add(ProblemCode.LADEN_MISLUKT);
        assertThat(expected).containsExactlyInAnyOrder(ProblemCode.values());
    }

    @Test
    void aParameterTableWithoutItsAgendaGroupLineLoadsAndAdvisesTheSame() throws IOException {
        Path rules = BrokenRules.edit(BrokenRules.copy(dir), "parameters.drl.csv", "Agenda-Group,parameters,,,,,\n", "");
        Engine zonder = Engine.builder().rules(rules).build();
        Engine standaard = Engine.builder().rules(TestEngines.root().resolve("rules/2026.1")).build();

        assertThat(RuleSetCheck.check(rules).bevindingen()).isEmpty();
        assertThat(zonder.parameters()).isEqualTo(standaard.parameters());
        for (String example : List.of("examples/aanvraag-wmo.json", "examples/aanvraag-jeugd.json")) {
            String aanvraag = Files.readString(TestEngines.root().resolve(example));
            // Another file, so another hash; the advice is otherwise the same.
            assertThat(zonder.evaluateToJson(aanvraag).replace(zonder.regelset().hash(), standaard.regelset().hash()))
                    .isEqualTo(standaard.evaluateToJson(aanvraag));
        }
    }

    @Test
    void aCopyOfTheRulesFolderLoadsAndHasTheSameHashAsTheJar() {
        Engine copy = Engine.builder().rules(BrokenRules.copy(dir)).build();
        assertThat(copy.regelset()).isEqualTo(TestEngines.standaard().regelset(java.time.LocalDate.parse("2026-06-01"), null));
        Engine all = Engine.builder().rules(BrokenRules.copyAll(dir.resolve("alles"))).build();
        assertThat(all.regelsets()).isEqualTo(TestEngines.standaard().regelsets());
    }

    @Test
    void aFolderWithoutRulesIsRefused() {
        assertThatThrownBy(() -> Engine.builder().rules(dir.resolve("bestaat-niet")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bestaat-niet");
    }
}
