// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile rule sets (engine/src/test/resources/vijandige-regels) reloaded into a running service: a rule whose
 * condition throws gives that advice a 422 naming the rule while other aanvragen are advised, a rule set that stops
 * the parser (StackOverflowError) is refused with 422 and the rules in force stay, and the service answers /health
 * throughout.
 */
class VijandigeRegelsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path CASES = Http.root().resolve("engine/src/test/resources/vijandige-regels");

    @TempDir
    Path map;

    private static String inhoud(String geval) throws Exception {
        return MAPPER.readTree(CASES.resolve(geval).toFile()).get("bewerkingen").get(0).get("inhoud").asText();
    }

    @Test
    void aFailingConditionGets422AndNestingTooDeepIsARefusedReloadWhileHealthAnswers() throws Exception {
        Path rules = map.resolve("rules");
        ApiTest.copy(Http.root().resolve("rules/2026.1"), rules);
        byte[] wmo = Files.readAllBytes(Http.root().resolve("examples/aanvraag-wmo.json"));
        byte[] jeugd = Files.readAllBytes(Http.root().resolve("examples/aanvraag-jeugd.json"));
        try (Dienst dienst = Dienst.start(map, "", b -> b.rules(rules))) {
            Http beheerder = dienst.als(Rol.BEHEERDER);

            Files.writeString(rules.resolve("vijand.drl"), inhoud("19-uitzondering-in-een-voorwaarde.json"));
            HttpResponse<String> herladen = beheerder.post("/api/v1/regelsets/herladen", "application/json", new byte[0]);
            assertThat(herladen.statusCode()).as(herladen.body()).isEqualTo(200);
            String hash = MAPPER.readTree(herladen.body()).at("/huidige/hash").asText();

            HttpResponse<String> faalt = dienst.http().postJson(wmo);
            assertThat(faalt.statusCode()).as(faalt.body()).isEqualTo(422);
            assertThat(faalt.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            JsonNode problem = MAPPER.readTree(faalt.body());
            assertThat(problem.get("type").asText()).isEqualTo("urn:afweging:probleem:regelset-faalt");
            assertThat(problem.get("regel").asText()).isEqualTo("X1");
            assertThat(problem.get("bron").asText()).startsWith("vijand.drl:");
            assertThat(problem.get("detail").asText()).contains("een voorwaarde gaf ArithmeticException").doesNotContain("\tat ");
            assertThat(dienst.http().postJson(jeugd).statusCode()).as("another aanvraag is advised").isEqualTo(200);
            assertThat(dienst.http().get("/health/live").statusCode()).isEqualTo(200);

            Files.writeString(rules.resolve("vijand.drl"), inhoud("21-te-diep-genest.json"));
            HttpResponse<String> geweigerd = beheerder.post("/api/v1/regelsets/herladen", "application/json", new byte[0]);
            assertThat(geweigerd.statusCode()).as(geweigerd.body()).isEqualTo(422);
            JsonNode refused = MAPPER.readTree(geweigerd.body());
            assertThat(refused.get("problemen").toString()).contains("diep genest").doesNotContain("\\tat ");
            assertThat(refused.at("/huidige/hash").asText()).isEqualTo(hash);
            assertThat(dienst.http().get("/health/live").statusCode()).isEqualTo(200);
            assertThat(dienst.http().get("/health/ready").statusCode()).isEqualTo(200);
            assertThat(dienst.http().postJson(jeugd).statusCode()).as("the rules in force still advise").isEqualTo(200);
        }
    }
}
