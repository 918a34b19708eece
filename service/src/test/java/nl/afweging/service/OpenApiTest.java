// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.afweging.audit.BesluitReden;
import nl.afweging.model.Niveau;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/v1/openapi.json} is a valid OpenAPI 3.1 document (checked against the specification's own schema), its
 * contract schemas are the engine's files exactly, every reference resolves, and its paths are the routes the service
 * answers: the document cannot drift from the contract or the code.
 */
class OpenApiTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static Dienst dienst;
    private static JsonNode document;

    @BeforeAll
    static void start(@TempDir Path map) throws Exception {
        dienst = Dienst.start(map);
        HttpResponse<String> response = dienst.als(Rol.AUDITOR).get("/api/v1/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        document = MAPPER.readTree(response.body());
    }

    @AfterAll
    static void stop() {
        dienst.close();
    }

    @Test
    void theDocumentIsValidOpenApi31() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        var schema = factory.getSchema(SchemaLocation.of("classpath:oas/schema-3.1.json"));

        assertThat(schema.validate(document)).isEmpty();
        assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(document.at("/info/version").asText()).isEqualTo(Routes.API_VERSION);
    }

    @Test
    void aBrokenDocumentIsFoundInvalid() {
        // The check above can fail: a document without info is refused by the same schema.
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        var schema = factory.getSchema(SchemaLocation.of("classpath:oas/schema-3.1.json"));
        JsonNode broken = document.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken).remove("info");
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.at("/paths/~1api~1v1~1adviezen/post")).put("onbekend", 1);

        assertThat(schema.validate(broken)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theContractSchemasAreTheEnginesFilesExactly() throws Exception {
        for (Map.Entry<String, String> schema : Map.of("Aanvraag", "aanvraag.schema.json", "Advies", "advies.schema.json",
                "AuditRecord", "audit-record.schema.json").entrySet()) {
            JsonNode file = OpenApi.contractSchema(MAPPER, schema.getValue());
            // The file as it lies in the engine's source, too: the jar's copy is not a stale one.
            JsonNode source = MAPPER.readTree(Http.root().resolve("engine/src/main/resources/nl/afweging/schema").resolve(schema.getValue()).toFile());
            assertThat(document.at("/components/schemas/" + schema.getKey())).as(schema.getKey()).isEqualTo(file).isEqualTo(source);
        }
        assertThat(names(document.at("/components/schemas/Niveau/enum"))).containsExactly(names(Niveau.values()));
        assertThat(names(document.at("/components/schemas/BesluitReden/enum"))).containsExactly(names(BesluitReden.values()));
    }

    @Test
    void theBodiesOfTheContractRefertoItsSchemas() {
        assertThat(document.at("/paths/~1api~1v1~1adviezen/post/requestBody/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Aanvraag");
        assertThat(document.at("/paths/~1api~1v1~1adviezen/post/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Advies");
        assertThat(document.at("/paths/~1api~1v1~1adviezen~1batch/post/requestBody/content/application~1x-ndjson/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Aanvraag");
    }

    @Test
    void everyLocalReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collect(document, refs);
        assertThat(refs).hasSizeGreaterThan(40);
        for (String ref : refs) {
            if (ref.startsWith("#/components/")) {
                assertThat(document.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
            }
        }
    }

    @Test
    void thePathsAreExactlyTheRoutesTheServiceAnswers() throws Exception {
        Set<String> documented = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));
        // The routes as Routes.java writes them: "app.post("/api/v1/...", ...)".
        String routes = java.nio.file.Files.readString(Http.root().resolve("service/src/main/java/nl/afweging/service/Routes.java"));
        Set<String> answered = new TreeSet<>();
        Matcher route = Pattern.compile("app\\.(get|post)\\(\"(/[^\"]*)\"").matcher(routes);
        while (route.find()) {
            answered.add(route.group(1).toUpperCase() + " " + route.group(2));
        }

        assertThat(answered).isNotEmpty();
        // The proefomgeving's page and files are for people, not part of the API.
        answered.removeIf(r -> r.equals("GET /") || r.contains("/proefomgeving"));
        assertThat(documented).isEqualTo(answered);
    }

    private static void collect(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().equals("$ref")) {
                    refs.add(field.getValue().asText());
                } else {
                    collect(field.getValue(), refs);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, refs));
        }
    }

    private static String[] names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.asText()));
        return names.toArray(String[]::new);
    }

    private static String[] names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }
}
