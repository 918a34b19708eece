// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import nl.afweging.Engine;
import nl.afweging.audit.BesluitReden;
import nl.afweging.model.Niveau;

/**
 * {@code GET /api/v1/openapi.json}: the API as OpenAPI 3.1. The paths are written by hand beside the routes
 * ({@code openapi-basis.json}); the contract's schemas are not copied into it but read from the engine's own schema
 * files when the service starts, and the enums from the Java enums, so the document cannot drift from the contract.
 */
final class OpenApi {
    /** Component name → the engine's schema file (OpenAPI 3.1 takes JSON Schema 2020-12 as it is). */
    private static final Map<String, String> CONTRACT = Map.of(
            "Aanvraag", "aanvraag.schema.json",
            "Advies", "advies.schema.json",
            "AuditRecord", "audit-record.schema.json");

    private static final byte[] DOCUMENT = maak();

    private OpenApi() {}

    static void send(Context ctx) {
        ctx.status(200).contentType("application/json").result(DOCUMENT);
    }

    private static byte[] maak() {
        ObjectMapper mapper = new ObjectMapper();
        try (InputStream basis = OpenApi.class.getResourceAsStream("openapi-basis.json")) {
            ObjectNode document = (ObjectNode) mapper.readTree(basis);
            ObjectNode schemas = (ObjectNode) document.path("components").path("schemas");
            for (Map.Entry<String, String> schema : new java.util.TreeMap<>(CONTRACT).entrySet()) {
                schemas.set(schema.getKey(), contractSchema(mapper, schema.getValue()));
            }
            schemas.set("Niveau", enumSchema(mapper, Niveau.values()));
            schemas.set("BesluitReden", enumSchema(mapper, BesluitReden.values()));
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException("openapi-basis.json is niet te lezen", e);
        }
    }

    /** One of the contract's schema files, exactly as the engine ships it. */
    static JsonNode contractSchema(ObjectMapper mapper, String file) throws IOException {
        try (InputStream in = Engine.class.getModule().getResourceAsStream("nl/afweging/schema/" + file)) {
            if (in == null) {
                throw new IOException("het contract mist " + file);
            }
            return mapper.readTree(in);
        }
    }

    private static JsonNode enumSchema(ObjectMapper mapper, Enum<?>[] values) {
        ObjectNode schema = mapper.createObjectNode().put("type", "string");
        ArrayNode names = schema.putArray("enum");
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return schema;
    }
}
