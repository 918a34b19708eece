// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an auditor sees from {@code replay}: a last line with the totals, and every difference as expected vs actual. */
class ReplayCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static long fixtureCount() throws Exception {
        try (Stream<Path> files = Files.list(CliRun.root().resolve("fixtures"))) {
            return files.filter(p -> p.toString().endsWith(".json")).count();
        }
    }

    private static String lastLine(String out) {
        List<String> lines = out.lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void theFixturesAllPassWithFullCoverage() throws Exception {
        CliRun run = CliRun.of("replay", CliRun.root().resolve("fixtures").toString(), "--coverage");

        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).contains("Dekking: 24 van 24 regels (100 %)").contains("Door geen enkel geval gevuurd: -");
        assertThat(lastLine(run.out())).isEqualTo(fixtureCount() + " passed, 0 failed");
    }

    @Test
    void aChangedThresholdShowsTheAffectedCasesWithExpectedAndActual(@TempDir Path dir) throws Exception {
        Path rules = RulesCopy.of(dir).replace("parameters.drl.csv", "meervoudigVanaf,3,", "meervoudigVanaf,4,");
        CliRun run = CliRun.of("replay", CliRun.root().resolve("fixtures").toString(), "--rules", rules.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL 007-k3-drie-bij-m-drie.json\n  /niveau: verwacht \"LOKAAL_TEAM\", werkelijk \"SOCIALE_BASIS\"")
                .contains("regels anders gevuurd: niet meer L3, L6; nieuw L2");
        long failed = run.out().lines().filter(l -> l.startsWith("FAIL ")).count();
        assertThat(lastLine(run.out())).isEqualTo((fixtureCount() - failed) + " passed, " + failed + " failed");
    }

    @Test
    void jsonReportIsOneObjectWithTheTotals(@TempDir Path dir) throws Exception {
        Path rules = RulesCopy.of(dir).replace("parameters.drl.csv", "trajectTermijnMaanden,12,", "trajectTermijnMaanden,14,");
        CliRun run = CliRun.of("replay", CliRun.root().resolve("fixtures").toString(), "--rules", rules.toString(), "--json");

        JsonNode report = MAPPER.readTree(run.out());
        assertThat(report.get("failed").asLong()).isEqualTo(report.get("mislukt").size()).isPositive();
        assertThat(report.get("passed").asLong() + report.get("failed").asLong()).isEqualTo(fixtureCount());
        assertThat(report.get("mislukt").findValuesAsText("naam")).contains("017-traject-onvoldoende-13-maanden.json");
        assertThat(report.get("mislukt").get(0).get("verschillen").get(0).has("verwacht")).isTrue();
    }

    @Test
    void anAuditLogFromDecideReplaysAndAMissingRuleSetIsNamed(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("audit.jsonl");
        Path rules = RulesCopy.of(Files.createDirectories(dir.resolve("regels"))).replace("parameters.drl.csv", "meervoudigVanaf,3,", "meervoudigVanaf,4,");
        String example = CliRun.root().resolve("examples/aanvraag-wmo.json").toString();
        assertThat(CliRun.of("decide", "--audit", log.toString(), example).exit()).isZero();
        assertThat(CliRun.of("decide", "--audit", log.toString(), "--rules", rules.toString(), example).exit()).isZero();

        CliRun without = CliRun.of("replay", log.toString());
        assertThat(without.exit()).isEqualTo(1);
        assertThat(without.out()).contains("FAIL record 2 (aanvraag 2026-000123)").contains("is niet beschikbaar");
        assertThat(lastLine(without.out())).isEqualTo("1 passed, 1 failed");

        CliRun with = CliRun.of("replay", log.toString(), "--rules", rules.toString());
        assertThat(with.exit()).as(with.out()).isZero();
        assertThat(lastLine(with.out())).isEqualTo("2 passed, 0 failed");
    }
}
