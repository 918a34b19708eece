// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a policy officer sees from {@code validate}: the default is clean; a broken copy names place and example. */
class ValidateCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void theRepositoryRulesAndTheBuiltInRulesValidateClean() {
        CliRun folder = CliRun.of("validate", CliRun.root().resolve("rules").toString());
        CliRun builtIn = CliRun.of("validate");

        assertThat(folder.exit()).as(folder.out()).isZero();
        assertThat(folder.out()).contains("afwegingskader-standaard 2026.1 en 2027.1, elk ook met gemeente 1728")
                .contains("geen bevindingen");
        assertThat(builtIn.exit()).as(builtIn.out()).isZero();
    }

    @Test
    void aRemovedLadderRowIsReportedAsAGapWithAnExample(@TempDir Path dir) throws Exception {
        Path rules = RulesCopy.of(dir).without("ladder.drl.csv", "L2,");
        CliRun run = CliRun.of("validate", rules.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("ladder.drl.csv:5: gat: geen enkele rij geldt voor ZRM ingevuld = true, laagste score = 3, meervoudig = false")
                .contains("bijvoorbeeld (ZRM ingevuld = true, laagste score = 3, meervoudig = false, ernstig meervoudig = false)")
                .contains("1 bevinding.");
    }

    @Test
    void aSyntaxErrorIsReportedWithFileAndLine(@TempDir Path dir) throws Exception {
        Path rules = RulesCopy.of(dir).replace("stappen.drl", "not Spoed()\n    Parameter(naam == \"volwassenVanaf\"",
                "not Spoed(\n    Parameter(naam == \"volwassenVanaf\"");
        CliRun run = CliRun.of("validate", rules.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).containsPattern("stappen\\.drl:\\d+: ");
    }

    @Test
    void jsonReportListsEveryFindingWithItsCodeAndPlace(@TempDir Path dir) throws Exception {
        Path rules = RulesCopy.of(dir).replace("ladder.drl.csv", "L1,Zelfredzaam,true,4,5", "L1,Zelfredzaam,true,3,5");
        CliRun run = CliRun.of("validate", "--json", rules.toString());

        assertThat(run.exit()).isEqualTo(1);
        JsonNode report = MAPPER.readTree(run.out());
        assertThat(report.get("regelset").get("versie").asText()).isEqualTo("2026.1");
        assertThat(report.get("bevindingen")).hasSize(2);
        assertThat(report.get("bevindingen").findValuesAsText("plaats")).containsOnly("ladder.drl.csv:11");
        assertThat(report.get("bevindingen").findValuesAsText("code")).containsOnly("TABEL_OVERLAP");
        assertThat(report.get("bevindingen").findValues("regelnummer")).extracting(JsonNode::asInt).containsOnly(11);
        assertThat(report.get("bevindingen").get(0).has("regel")).isFalse();
        assertThat(report.get("bevindingen").get(0).get("melding").asText()).startsWith("overlap: ladder.drl.csv:11 (L1) en ladder.drl.csv:12 (L2)");
    }

    @Test
    void aMissingFolderIsAFinding() {
        CliRun run = CliRun.of("validate", "bestaat-niet");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("bestaat-niet");
    }
}
