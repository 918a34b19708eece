// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import nl.afweging.impl.support.EngineBuild;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * publiccode.yml at the repository root (issue 14) is valid against the standard's JSON Schema (SchemaStore's, see
 * src/test/resources/publiccode/BRON.md) and names the version the pom builds.
 */
class PubliccodeTest {

    private static final Path ROOT = Path.of(System.getProperty("afweging.root", "..")).toAbsolutePath().normalize();
    private static final ObjectMapper YAML = new YAMLMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void readSchema() throws IOException {
        // Read from the file, not the class path: the test resources are inside the engine's module, which does not
        // open that folder to the validator.
        JsonNode json = new ObjectMapper().readTree(
                ROOT.resolve("engine/src/test/resources/publiccode/publiccode.schema.json").toFile());
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(json, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }

    private static ObjectNode publiccode() throws IOException {
        return (ObjectNode) YAML.readTree(ROOT.resolve("publiccode.yml").toFile());
    }

    @Test
    void publiccodeYmlIsValid() throws IOException {
        ObjectNode publiccode = publiccode();

        assertThat(schema.validate(publiccode)).isEmpty();
        assertThat(publiccode.get("publiccodeYmlVersion").asText()).isEqualTo("0.4");
        assertThat(publiccode.at("/legal/license").asText()).isEqualTo("EUPL-1.2");
        assertThat(publiccode.at("/localisation/availableLanguages")).extracting(JsonNode::asText).containsExactly("nl", "en");
        for (String taal : new String[] {"nl", "en"}) {
            JsonNode beschrijving = publiccode.at("/description/" + taal);
            assertThat(beschrijving.get("shortDescription").asText()).as(taal).hasSizeLessThanOrEqualTo(150);
            assertThat(beschrijving.get("longDescription").asText()).as(taal).hasSizeGreaterThanOrEqualTo(150);
            assertThat(beschrijving.get("features")).as(taal).isNotEmpty();
        }
    }

    @Test
    void softwareVersionIsThePomsVersion() throws IOException {
        // engine.properties is filtered with ${project.version}: a version bump in the pom must reach publiccode.yml.
        assertThat(publiccode().get("softwareVersion").asText()).isEqualTo(EngineBuild.versie());
    }

    @Test
    void aPubliccodeWithoutNameIsInvalid() throws IOException {
        ObjectNode zonderNaam = publiccode();
        zonderNaam.remove("name");

        Set<ValidationMessage> fouten = schema.validate(zonderNaam);

        assertThat(fouten).extracting(ValidationMessage::getType).containsExactly("required");
        assertThat(fouten).extracting(ValidationMessage::getMessage).singleElement().asString().contains("name");
    }

    @Test
    void aMistypedKeyOrATooLongShortDescriptionIsInvalid() throws IOException {
        ObjectNode verschreven = publiccode();
        verschreven.set("sofwareVersion", verschreven.remove("softwareVersion"));
        assertThat(schema.validate(verschreven)).extracting(ValidationMessage::getType).containsExactly("additionalProperties");

        ObjectNode teLang = publiccode();
        ((ObjectNode) teLang.at("/description/nl")).put("shortDescription", "x".repeat(151));
        assertThat(schema.validate(teLang)).extracting(ValidationMessage::getType).containsExactly("maxLength");
    }
}
