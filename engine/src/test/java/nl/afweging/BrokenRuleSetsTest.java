package nl.afweging;

import nl.afweging.model.LoadProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deliberately broken rule sets under {@code src/test/resources/kapotte-regels/}: validate reports exactly
 * the expected findings, each at its file and line (or table row and column), and the engine refuses to load
 * the ones that cannot run, naming the same places, without a stack trace.
 */
class BrokenRuleSetsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path CASES = TestEngines.root().resolve("engine/src/test/resources/kapotte-regels");

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
        try (Stream<Path> files = Files.list(CASES)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream()
                    .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> replay(MAPPER.readTree(file.toFile()))));
        }
    }

    private void replay(JsonNode testCase) throws IOException {
        Path rules = BrokenRules.copy(Files.createTempDirectory(dir, "regels"));
        for (JsonNode edit : testCase.get("bewerkingen")) {
            BrokenRules.edit(rules, edit.get("bestand").asText(), edit.get("vervang").asText(), edit.get("door").asText());
        }
        List<LoadProblem> reported = RuleSetCheck.check(rules).bevindingen();
        List<LoadProblem> findings = new ArrayList<>(reported);
        assertThat(findings).as("findings").hasSize(testCase.get("verwacht").size());
        for (JsonNode expected : testCase.get("verwacht")) {
            LoadProblem match = findings.stream().filter(f -> matches(expected, f)).findFirst()
                    .orElseThrow(() -> new AssertionError("no finding like " + expected + " in " + findings));
            findings.remove(match);
        }

        if (testCase.get("laden").asText().equals("lukt")) {
            assertThat(Engine.builder().rules(rules).build().regelset().hash()).startsWith("sha256:");
        } else {
            RuleSetLoadException refused = catchThrowableOfType(() -> Engine.builder().rules(rules).build(), RuleSetLoadException.class);
            assertThat(refused).as("the engine refuses the rule set").isNotNull();
            assertThat(refused.getMessage()).doesNotContain("Exception").doesNotContain("\tat ");
            List<LoadProblem> tableFindings = reported.stream()
                    .filter(f -> !refused.problems().contains(f)).toList();
            assertThat(tableFindings).as("validate adds only table analysis to what loading reports")
                    .allSatisfy(f -> assertThat(f.melding()).containsAnyOf("gat:", "overlap:"));
        }
    }

    private static boolean matches(JsonNode expected, LoadProblem finding) {
        boolean place = expected.has("plaats") ? finding.plaats().equals(expected.get("plaats").asText())
                : finding.plaats().matches(expected.get("plaatsPatroon").asText());
        boolean text = true;
        for (JsonNode part : expected.get("bevat")) {
            text &= finding.melding().contains(part.asText());
        }
        return place && text;
    }

    @Test
    void aCopyOfTheRulesFolderLoadsAndHasTheSameHashAsTheJar() {
        Engine copy = Engine.builder().rules(BrokenRules.copy(dir)).build();
        assertThat(copy.regelset()).isEqualTo(TestEngines.standaard().regelset());
    }

    @Test
    void aFolderWithoutRulesIsRefused() {
        assertThatThrownBy(() -> Engine.builder().rules(dir.resolve("bestaat-niet")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bestaat-niet");
    }
}
