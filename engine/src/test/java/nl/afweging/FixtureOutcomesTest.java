// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;
import nl.afweging.model.Advies;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case under {@code fixtures/} gives its expected outcome through the core alone: the fields its {@code verwacht}
 * names, the rules that fired and the version that advised. The tools replay the same files with a report per case
 * (afweging-tools, {@code FixturesTest}); this keeps the core's own tests, and its mutation testing, on the fixtures.
 */
class FixtureOutcomesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyFixtureGivesItsExpectedOutcome() throws IOException {
        return TestEngines.fixtureFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            JsonNode fixture = MAPPER.readTree(file.toFile());
            Advies advies = TestEngines.standaard().evaluate(fixture.get("aanvraag").toString());
            JsonNode actual = MAPPER.readTree(Json.write(advies));
            JsonNode verwacht = fixture.get("verwacht");
            for (Iterator<Map.Entry<String, JsonNode>> fields = verwacht.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                switch (field.getKey()) {
                    case "regels" -> assertThat(advies.regelIds()).as("regels")
                            .containsExactlyInAnyOrder(MAPPER.convertValue(field.getValue(), String[].class));
                    case "regelset" -> {
                        assertThat(advies.regelset().versie()).as("versie").isEqualTo(field.getValue().get("versie").asText());
                        if (field.getValue().has("gemeente")) {
                            // null: the version without gemeenteregels (no gemeente in the advies's regelset)
                            JsonNode gemeente = actual.at("/regelset/gemeente/code");
                            assertThat(gemeente.isMissingNode() ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : gemeente)
                                    .as("gemeente").isEqualTo(field.getValue().get("gemeente"));
                        }
                    }
                    default -> assertThat(actual.get(field.getKey())).as(field.getKey()).isEqualTo(field.getValue());
                }
            }
        }));
    }
}
