// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Versions by date and gemeente regels through the command line (issue 11, points 3 and 4, "done when"). */
class VersionsCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static ObjectNode aanvraag(String fixture) throws Exception {
        return (ObjectNode) MAPPER.readTree(CliRun.root().resolve("fixtures").resolve(fixture).toFile()).get("aanvraag");
    }

    private static JsonNode decide(ObjectNode aanvraag, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("decide"));
        args.addAll(List.of(extra));
        args.add("-");
        CliRun run = CliRun.withInput(MAPPER.writeValueAsString(aanvraag), args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        return MAPPER.readTree(run.out());
    }

    @Test
    void theSameAanvraagIn2026And2027IsAdvisedByEachVersionNamedInTheAdvies() throws Exception {
        ObjectNode aanvraag = aanvraag("006-k3-twee-bij-m-drie.json");
        for (String[] rules : List.of(new String[0], new String[] {"--rules", CliRun.root().resolve("rules").toString()})) {
            JsonNode in2026 = decide(aanvraag.deepCopy().put("peildatum", "2026-06-01"), rules);
            JsonNode in2027 = decide(aanvraag.deepCopy().put("peildatum", "2027-06-01"), rules);

            assertThat(in2026.at("/regelset/versie").asText()).isEqualTo("2026.1");
            assertThat(in2027.at("/regelset/versie").asText()).isEqualTo("2027.1");
            assertThat(in2026.get("niveau").asText()).isEqualTo("SOCIALE_BASIS");
            assertThat(in2027.get("niveau").asText()).isEqualTo("LOKAAL_TEAM");
        }
    }

    @Test
    void oneFailedMaatwerkTrajectGivesT2InBladelOnly() throws Exception {
        ObjectNode aanvraag = aanvraag("023-een-mislukt-maatwerktraject.json");
        JsonNode bladel = decide(aanvraag.deepCopy().put("gemeente", "1728"));
        JsonNode zonder = decide(aanvraag);

        assertThat(bladel.get("regels").findValuesAsText("id")).contains("T2");
        assertThat(bladel.get("aandachtspunten").toString()).contains("CASUISTIEKBESPREKING");
        assertThat(bladel.at("/regelset/gemeente/code").asText()).isEqualTo("1728");
        assertThat(zonder.get("regels").findValuesAsText("id")).doesNotContain("T2");
        assertThat(zonder.at("/regelset").has("gemeente")).isFalse();

        CliRun tekst = CliRun.withInput(MAPPER.writeValueAsString(aanvraag.deepCopy().put("gemeente", "1728")), "decide", "--tekst", "-");
        // Lines wrap at 80 columns: the phrase is compared with its white space made single.
        assertThat(tekst.out().replaceAll("\\s+", " ")).contains("met de eigen regels van gemeente 1728 (gemeente-bladel versie 2026.1)");
    }

    @Test
    void aPeildatumNoVersionCoversIsRefusedNamingTheVersions() throws Exception {
        ObjectNode aanvraag = aanvraag("006-k3-twee-bij-m-drie.json").put("peildatum", "2025-06-01");
        CliRun run = CliRun.withInput(MAPPER.writeValueAsString(aanvraag), "decide", "-");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("/peildatum", "2026.1 (2026-01-01 t/m 2026-12-31)", "2027.1 (vanaf 2027-01-01)");
    }

    @Test
    void validateWithAKnownAuditLogFindsAChangedVersionThatKeptItsName(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("audit.jsonl");
        CliRun advies = CliRun.withInput(Files.readString(CliRun.root().resolve("examples/aanvraag-wmo.json")),
                "decide", "--audit", log.toString(), "-");
        assertThat(advies.exit()).as(advies.err()).isZero();
        Path rules = Files.createDirectory(dir.resolve("regels"));
        RulesCopy.of(rules).replace("parameters.drl.csv", "volwassenVanaf,18,", "volwassenVanaf,17,");

        CliRun gewijzigd = CliRun.of("validate", "--rules", rules.toString(), "--bekend", log.toString());
        CliRun ongewijzigd = CliRun.of("validate", "--bekend", log.toString());
        CliRun ontbreekt = CliRun.of("validate", "--bekend", dir.resolve("bestaat-niet").toString());

        assertThat(gewijzigd.exit()).isEqualTo(1);
        assertThat(gewijzigd.out()).contains("regelset.json: de regels zijn veranderd, maar heten nog steeds afwegingskader-standaard 2026.1");
        assertThat(ongewijzigd.exit()).as(ongewijzigd.out()).isZero();
        assertThat(ontbreekt.exit()).isEqualTo(2);
    }
}
