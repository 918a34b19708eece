// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import nl.afweging.Engine;
import nl.afweging.EvaluationException;
import org.junit.jupiter.api.Test;

/** A rule set stopped by the evaluation guards gives no advies: 422, naming the rule. */
class EvaluatieFoutTest {
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path map;

    @Test
    void anAdviesStoppedByTheGuardsGets422NamingTheRule() throws Exception {
        // One firing is far fewer than any advies needs (about 25), so the guard stops the first rule past it.
        Engine engine = Engine.builder().maxFirings(1).build();
        byte[] aanvraag = Files.readAllBytes(Http.root().resolve("examples/aanvraag-wmo.json"));
        EvaluationException expected = catchThrowableOfType(EvaluationException.class,
                () -> engine.evaluate(new String(aanvraag, StandardCharsets.UTF_8)));
        assertThat(expected).isNotNull();

        try (Dienst dienst = Dienst.start(map, "", builder -> builder.laden(() -> Engine.builder().maxFirings(1)))) {
            HttpResponse<String> response = dienst.http().postJson(aanvraag);

            assertThat(response.statusCode()).isEqualTo(422);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(response.headers().firstValue("API-Version")).hasValue("1.0.0");
            JsonNode problem = new ObjectMapper().readTree(response.body());
            assertThat(problem.get("type").asText()).isEqualTo("urn:afweging:probleem:regelset-faalt");
            assertThat(problem.get("status").asInt()).isEqualTo(422);
            assertThat(problem.get("regel").asText()).isNotBlank().isEqualTo(expected.regelId());
            assertThat(problem.get("bron").asText()).isEqualTo(expected.bron());
            assertThat(problem.get("detail").asText()).contains("regel " + expected.regelId()).contains(expected.getMessage());
        }
    }
}
