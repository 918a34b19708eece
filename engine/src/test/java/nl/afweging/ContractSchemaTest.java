// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The published JSON Schemas (shipped in the jar) agree with the engine: every fixture is valid, every
 * advies the engine gives is valid, every syntactically valid example under examples/ongeldig is invalid.
 */
class ContractSchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.schemaMappers(m -> m.mapPrefix("https://afweging.nl/schema/", "classpath:nl/afweging/schema/")));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private final Engine engine = TestEngines.standaard();

    private static JsonSchema schema(String name) {
        return FACTORY.getSchema(com.networknt.schema.SchemaLocation.of("https://afweging.nl/schema/" + name), CONFIG);
    }

    @Test
    void everyFixtureAndEveryAdviesMatchTheirSchemas() throws IOException {
        JsonSchema fixtureSchema = schema("fixture.schema.json");
        JsonSchema adviesSchema = schema("advies.schema.json");
        for (Path file : TestEngines.fixtureFiles()) {
            JsonNode fixture = MAPPER.readTree(file.toFile());
            assertThat(fixtureSchema.validate(fixture)).as(file.toString()).isEmpty();
            String advies = engine.evaluateToJson(fixture.get("aanvraag").toString());
            assertThat(adviesSchema.validate(MAPPER.readTree(advies))).as("advies for " + file).isEmpty();
        }
    }

    @Test
    void theRecordSchemaRefusesARecordOfNoKnownShape() throws IOException {
        JsonSchema recordSchema = schema("audit-record.schema.json");
        assertThat(recordSchema.validate(MAPPER.readTree("{\"soort\":\"BESLUIT\",\"volgnummer\":1,\"reden\":\"vrije tekst\"}"))).isNotEmpty();
        assertThat(recordSchema.validate(MAPPER.readTree("{\"soort\":\"WEG\",\"volgnummer\":1}"))).isNotEmpty();
    }

    @Test
    void theSchemaRefusesTheInvalidExamplesTheEngineRefuses() throws IOException {
        JsonSchema aanvraagSchema = schema("aanvraag.schema.json");
        JsonNode verwacht = MAPPER.readTree(ValidationTest.folder().resolve("verwacht.json").toFile());
        verwacht.fieldNames().forEachRemaining(name -> {
            JsonNode input;
            try {
                input = MAPPER.readTree(Files.readString(ValidationTest.folder().resolve(name)));
            } catch (IOException e) {
                return; // malformed JSON: no schema applies; ValidationTest covers it
            }
            Set<ValidationMessage> messages = aanvraagSchema.validate(input);
            // "einddatum after the peildatum" compares two fields: only the engine checks that.
            boolean onlyEngineChecks = true;
            for (JsonNode pointer : verwacht.get(name)) {
                onlyEngineChecks &= pointer.asText().endsWith("/einddatum");
            }
            if (!onlyEngineChecks) {
                assertThat(messages).as(name).isNotEmpty();
            }
        });
    }

    @Test
    void theExamplesAreValidAanvragen() throws IOException {
        JsonSchema aanvraagSchema = schema("aanvraag.schema.json");
        for (String name : new String[] {"aanvraag-wmo.json", "aanvraag-jeugd.json"}) {
            Path file = TestEngines.root().resolve("examples").resolve(name);
            assertThat(aanvraagSchema.validate(MAPPER.readTree(file.toFile()))).as(name).isEmpty();
        }
    }
}
