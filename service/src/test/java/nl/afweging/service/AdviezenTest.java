// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.afweging.Engine;
import nl.afweging.InvalidAanvraagException;
import nl.afweging.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** POST /api/v1/adviezen against a running service: the library's advies byte for byte, and every refusal as problem+json. */
class AdviezenTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static Engine engine;
    private static Dienst dienst;
    private static Http http;

    @BeforeAll
    static void start(@org.junit.jupiter.api.io.TempDir Path map) throws Exception {
        engine = Engine.builder().build();
        dienst = Dienst.start(map);
        http = dienst.http();
    }

    @AfterAll
    static void stop() {
        dienst.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"aanvraag-wmo.json", "aanvraag-jeugd.json"})
    void anExampleGetsExactlyTheAdviesTheLibraryGives(String example) throws Exception {
        byte[] aanvraag = Files.readAllBytes(Http.root().resolve("examples").resolve(example));

        HttpResponse<String> response = http.postJson(aanvraag);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.headers().firstValue("API-Version")).hasValue("1.0.0");
        assertThat(response.body()).isEqualTo(Json.write(engine.evaluate(new String(aanvraag, StandardCharsets.UTF_8))));
    }

    static Stream<Path> ongeldig() throws Exception {
        try (Stream<Path> files = Files.list(Http.root().resolve("examples/ongeldig"))) {
            return files.filter(f -> !f.getFileName().toString().equals("verwacht.json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("ongeldig")
    void anInvalidAanvraagGets400WithEveryFoutTheLibraryLists(Path file) throws Exception {
        byte[] aanvraag = Files.readAllBytes(file);
        InvalidAanvraagException expected = refusal(aanvraag);

        HttpResponse<String> response = http.postJson(aanvraag);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("API-Version")).hasValue("1.0.0");
        JsonNode problem = MAPPER.readTree(response.body());
        assertThat(problem.get("type").asText()).isEqualTo("urn:afweging:probleem:ongeldige-aanvraag");
        assertThat(problem.get("title").asText()).isEqualTo("Ongeldige aanvraag");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asText()).contains(expected.fouten().size() + expected.meer() + " fout");
        List<List<String>> fouten = new ArrayList<>();
        problem.get("fouten").forEach(f -> fouten.add(List.of(f.get("pad").asText(), f.get("gevonden").asText(), f.get("toegestaan").asText())));
        assertThat(fouten).isNotEmpty().isEqualTo(expected.fouten().stream().map(f -> List.of(f.pad(), f.gevonden(), f.toegestaan())).toList());
        assertThat(problem.get("meer").asLong()).isEqualTo(expected.meer());
    }

    private static InvalidAanvraagException refusal(byte[] aanvraag) throws Exception {
        try {
            Json.readAanvraag(new ByteArrayInputStream(aanvraag));
        } catch (InvalidAanvraagException e) {
            return e;
        }
        throw new AssertionError("the library accepts this aanvraag");
    }

    @Test
    void aBodyOver64KiBGets413() throws Exception {
        byte[] body = new byte[65 * 1024 + 1];
        Arrays.fill(body, (byte) ' ');

        HttpResponse<String> response = http.postJson(body);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("API-Version")).hasValue("1.0.0");
        assertThat(MAPPER.readTree(response.body()).get("status").asInt()).isEqualTo(413);
    }

    @Test
    void aBodyOver64KiBWithoutALengthGets413Too() throws Exception {
        byte[] body = new byte[65 * 1024];
        Arrays.fill(body, (byte) ' ');
        // From a stream: sent in chunks, without Content-Length, so only reading can find the size.
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + http.port() + "/api/v1/adviezen"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + http.sleutel())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("API-Version")).hasValue("1.0.0");
    }

    @Test
    void bytesThatAreNotUtf8Get400NamingWhere() throws Exception {
        byte[] voorbeeld = Files.readAllBytes(Http.root().resolve("examples/aanvraag-wmo.json"));
        byte[] body = voorbeeld.clone();
        body[10] = (byte) 0xFF;

        HttpResponse<String> response = http.postJson(body);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode fouten = MAPPER.readTree(response.body()).get("fouten");
        assertThat(fouten).hasSize(1);
        assertThat(fouten.get(0).get("gevonden").asText()).isEqualTo(refusal(body).fouten().get(0).gevonden());
    }

    @Test
    void aBodyOfExactly64KiBIsReadAndJudgedOnItsContent() throws Exception {
        byte[] voorbeeld = Files.readAllBytes(Http.root().resolve("examples/aanvraag-wmo.json"));
        byte[] body = Arrays.copyOf(voorbeeld, Json.MAX_BYTES);
        Arrays.fill(body, voorbeeld.length, body.length, (byte) ' ');

        HttpResponse<String> response = http.postJson(body);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(Json.write(engine.evaluate(new String(voorbeeld, StandardCharsets.UTF_8))));
    }

    @Test
    void textPlainGets415() throws Exception {
        byte[] aanvraag = Files.readAllBytes(Http.root().resolve("examples/aanvraag-wmo.json"));

        HttpResponse<String> response = http.post("/api/v1/adviezen", "text/plain", aanvraag);

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("API-Version")).hasValue("1.0.0");
        JsonNode problem = MAPPER.readTree(response.body());
        assertThat(problem.get("type").asText()).isEqualTo("about:blank");
        assertThat(problem.get("status").asInt()).isEqualTo(415);
    }

    @Test
    void jsonWithACharsetParameterIsJson() throws Exception {
        byte[] aanvraag = Files.readAllBytes(Http.root().resolve("examples/aanvraag-jeugd.json"));

        HttpResponse<String> response = http.post("/api/v1/adviezen", "Application/JSON; charset=utf-8", aanvraag);

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownPathGets404AsProblemWithTheVersion() throws Exception {
        HttpResponse<String> response = http.get("/api/v1/bestaat-niet");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("API-Version")).hasValue("1.0.0");
    }
}
