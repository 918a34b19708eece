// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecideCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String VOORBEELD = """
            {"id": "cli-1", "peildatum": "2026-03-01", "wet": "WMO", "persoon": {"leeftijd": 45},
             "hulpvraag": {"soorten": ["FINANCIEN"], "omschrijving": "geheime vrije tekst"},
             "zrm": {"FINANCIEN": 2, "HUISVESTING": 3, "GEESTELIJKE_GEZONDHEID": 3}}""";

    @Test
    void printsTheExplainedAdviesOnStdout() throws Exception {
        CliRun run = CliRun.withInput(VOORBEELD, "decide", "-");

        assertThat(run.exit()).isZero();
        JsonNode advies = MAPPER.readTree(run.out());
        assertThat(advies.get("niveau").asText()).isEqualTo("LOKAAL_TEAM");
        assertThat(advies.get("regels").findValuesAsText("id")).containsExactlyInAnyOrder("L4", "L6");
        assertThat(advies.get("route")).hasSize(3);
        assertThat(run.out()).doesNotContain("geheime vrije tekst");
        assertThat(run.err()).doesNotContain("geheime vrije tekst");
    }

    /** A rule set that leaves the level open for this aanvraag (a ladder row removed): exit 5, one plain message. */
    @Test
    void aRuleSetThatFailsOnTheAanvraagExitsFiveWithoutAStackTraceAndABatchGoesOn(@TempDir Path dir) throws Exception {
        Path rules = RulesCopy.of(dir).without("ladder.drl.csv", "L4,");

        CliRun single = CliRun.withInput(VOORBEELD, "decide", "--rules", rules.toString(), "-");
        CliRun batch = CliRun.withInput(VOORBEELD.replace("\n", "") + "\n" + VOORBEELD.replace("\n", ""),
                "decide", "--jsonl", "--rules", rules.toString(), "-");

        assertThat(single.exit()).isEqualTo(5);
        assertThat(single.out()).isEmpty();
        assertThat(single.err()).contains("de ladder heeft een gat").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(batch.exit()).isZero();
        assertThat(batch.out().lines().toList()).hasSize(2)
                .allSatisfy(line -> assertThat(line).startsWith("{\"fouten\":[").contains("de ladder heeft een gat"));
    }

    @Test
    void keepsTheCompiledRulesInTheCacheFolderAndAdvisesTheSameFromIt(@TempDir Path cache) throws Exception {
        withCache(cache.toString(), () -> {
            CliRun eerste = CliRun.withInput(VOORBEELD, "decide", "-");
            long kjars;
            try (var files = Files.list(cache)) {
                kjars = files.filter(p -> p.toString().endsWith(".kjar")).count();
            }
            CliRun tweede = CliRun.withInput(VOORBEELD, "decide", "-");

            // decide loads only the rule set its aanvraag runs on (2026.1 for this peildatum, no gemeente regels for
            // 0840): its rules and, compiled apart, its parameter table.
            assertThat(kjars).isEqualTo(2);
            assertThat(eerste.exit()).isZero();
            assertThat(tweede.exit()).isZero();
            assertThat(tweede.out()).isEqualTo(eerste.out());
        });
    }

    @Test
    void theCacheCanBeSwitchedOff() throws Exception {
        withCache("uit", () -> assertThat(Engines.cacheFolder()).isNull());
    }

    /** Runs with the cache setting the command line reads, then puts the build's own setting back. */
    private static void withCache(String setting, ThrowingRunnable test) throws Exception {
        String before = System.getProperty(Engines.CACHE_PROPERTY);
        System.setProperty(Engines.CACHE_PROPERTY, setting);
        try {
            test.run();
        } finally {
            if (before == null) {
                System.clearProperty(Engines.CACHE_PROPERTY);
            } else {
                System.setProperty(Engines.CACHE_PROPERTY, before);
            }
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void readsAFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a.json"), VOORBEELD);
        CliRun run = CliRun.of("decide", file.toString());

        assertThat(run.exit()).isZero();
        assertThat(MAPPER.readTree(run.out()).get("aanvraagId").asText()).isEqualTo("cli-1");
    }

    @Test
    void invalidAanvraagExitsTwoWithEveryProblemOnStderrAndNothingOnStdout() {
        CliRun run = CliRun.withInput("{\"id\": \"x\", \"wet\": \"WMOO\", \"veilgheid\": \"GEEN\"}", "decide", "-");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("/wet", "/veilgheid", "/peildatum", "/persoon", "/hulpvraag");
    }

    @Test
    void brokenRuleSetExitsThreeWithFileAndLine(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("regels");
        Files.createDirectories(rules);
        try (var files = Files.list(CliRun.root().resolve("rules/2026.1"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, rules.resolve(f.getFileName()));
            }
        }
        Path ladder = rules.resolve("ladder.drl.csv");
        Files.writeString(ladder, Files.readString(ladder).replace("3,3,false,,SOCIALE_BASIS", "3,3,false,,SOCIAAL"));

        CliRun run = CliRun.withInput(VOORBEELD, "decide", "--rules", rules.toString(), "-");

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("ladder.drl.csv:12 (kolom H)").doesNotContain("\tat ");
    }

    @Test
    void theRepositoryRulesFolderIsAValidRuleSet() throws Exception {
        CliRun run = CliRun.withInput(VOORBEELD, "decide", "--rules", CliRun.root().resolve("rules/2026.1").toString(), "-");

        assertThat(run.exit()).isZero();
        assertThat(MAPPER.readTree(run.out()).at("/regelset/naam").asText()).isEqualTo("afwegingskader-standaard");
    }

    @Test
    void jsonlGivesOneLinePerInputInOrderWithErrorsInPlace() throws Exception {
        String input = VOORBEELD.replace("\n", " ") + "\n{\"id\": \"kapot\"}\n" + VOORBEELD.replace("\n", " ").replace("cli-1", "cli-3") + "\n";
        CliRun run = CliRun.withInput(input, "decide", "--jsonl", "-");

        assertThat(run.exit()).isZero();
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(MAPPER.readTree(lines[0]).get("aanvraagId").asText()).isEqualTo("cli-1");
        assertThat(MAPPER.readTree(lines[1]).get("regel").asInt()).isEqualTo(2);
        assertThat(MAPPER.readTree(lines[1]).get("fouten").findValuesAsText("pad")).contains("/peildatum", "/wet");
        assertThat(MAPPER.readTree(lines[2]).get("aanvraagId").asText()).isEqualTo("cli-3");
    }

    @Test
    void aParallelBatchKeepsTheInputOrderInItsOutputAndItsAuditLog(@TempDir Path dir) throws Exception {
        // Every fixture's aanvraag, with an invalid line in between: a mix of fast and slow cases for the workers.
        StringBuilder input = new StringBuilder();
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(CliRun.root().resolve("fixtures"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode aanvraag = MAPPER.readTree(f.toFile()).get("aanvraag");
                input.append(aanvraag).append('\n').append("{\"id\": \"kapot\"}\n");
                ids.add(aanvraag.get("id").asText());
            }
        }
        Path file = Files.writeString(dir.resolve("batch.jsonl"), input.toString());
        Path log = dir.resolve("audit.jsonl");

        CliRun parallel = CliRun.of("decide", "--jsonl", "--threads", "2", "--audit", log.toString(), file.toString());
        CliRun sequentieel = CliRun.of("decide", "--jsonl", "--threads", "1", file.toString());

        assertThat(parallel.exit()).isZero();
        assertThat(parallel.out()).isEqualTo(sequentieel.out());
        List<String> regels = parallel.out().lines().toList();
        assertThat(regels).hasSize(2 * ids.size());
        for (int i = 0; i < ids.size(); i++) {
            assertThat(MAPPER.readTree(regels.get(2 * i)).get("aanvraagId").asText()).isEqualTo(ids.get(i));
            assertThat(MAPPER.readTree(regels.get(2 * i + 1)).get("regel").asInt()).isEqualTo(2 * i + 2);
        }
        List<String> records = Files.readAllLines(log);
        assertThat(records).hasSize(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            JsonNode record = MAPPER.readTree(records.get(i));
            assertThat(record.get("aanvraag").get("id").asText()).isEqualTo(ids.get(i));
            assertThat(record.get("volgnummer").asLong()).isEqualTo(i + 1);
        }
        assertThat(CliRun.of("audit", "verify", log.toString()).exit()).isZero();
    }

    @Test
    void everyCommandHasHelp() {
        assertThat(CliRun.of("--help").out()).contains("decide");
        CliRun help = CliRun.of("decide", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--rules", "--jsonl", "Exit 0");
    }

    @Test
    void missingFileIsReportedNotThrown() {
        CliRun run = CliRun.of("decide", "bestaat-niet.json");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("bestaat-niet.json");
    }
}
