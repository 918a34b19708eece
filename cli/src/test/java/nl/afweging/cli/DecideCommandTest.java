package nl.afweging.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
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
        try (var files = Files.list(CliRun.root().resolve("rules"))) {
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
        CliRun run = CliRun.withInput(VOORBEELD, "decide", "--rules", CliRun.root().resolve("rules").toString(), "-");

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
