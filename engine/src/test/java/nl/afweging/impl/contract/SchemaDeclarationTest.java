// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The published {@code aanvraag.schema.json} (as shipped in the jar) says what the declaration on the model
 * records says, field by field, in both directions. A field added to the records and not to the schema, or to the
 * schema and not to the records, fails here.
 */
class SchemaDeclarationTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static ObjectNode schema() throws IOException {
        try (InputStream in = SchemaDeclarationTest.class.getResourceAsStream("/nl/afweging/schema/aanvraag.schema.json")) {
            return (ObjectNode) MAPPER.readTree(in);
        }
    }

    @Test
    void thePublishedSchemaIsTheDeclaration() throws IOException {
        assertThat(SchemaComparison.differences(schema(), Declaration.AANVRAAG.root())).isEmpty();
    }

    // The comparison itself: each kind of disagreement is found.

    @Test
    void aFieldInOneAndNotTheOtherIsFound() throws IOException {
        assertThat(differencesAfter(s -> persoon(s).with("properties").putObject("schoenmaat").put("type", "integer")))
                .containsExactly("persoon.schoenmaat: in the schema, not in the declaration (Persoon)");
        assertThat(differencesAfter(s -> ((ObjectNode) s.get("properties")).remove("wijk")))
                .containsExactly("wijk: in the declaration (Aanvraag), not in the schema");
    }

    @Test
    void aRangePatternLengthOrListRuleThatDiffersIsFound() throws IOException {
        assertThat(differencesAfter(s -> ((ObjectNode) persoon(s).at("/properties/leeftijd")).put("maximum", 130)))
                .containsExactly("persoon.leeftijd: maximum is 130 in the schema, 120 in the declaration");
        assertThat(differencesAfter(s -> ((ObjectNode) s.at("/properties/zrm/properties/JUSTITIE")).put("minimum", 0)))
                .containsExactly("zrm.JUSTITIE: minimum is 0 in the schema, 1 in the declaration");
        assertThat(differencesAfter(s -> ((ObjectNode) s.at("/properties/gemeente")).put("pattern", "^[0-9]{5}$")))
                .containsExactly("gemeente: pattern is \"^[0-9]{5}$\" in the schema, \"^[0-9]{4}$\" in the declaration");
        assertThat(differencesAfter(s -> ((ObjectNode) s.at("/properties/hulpvraag/properties/omschrijving")).remove("maxLength")))
                .containsExactly("hulpvraag.omschrijving: the declaration gives maxLength 4000, the schema does not");
        assertThat(differencesAfter(s -> ((ObjectNode) s.at("/properties/hulpvraag/properties/soorten")).remove("uniqueItems")))
                .containsExactly("hulpvraag.soorten: the declaration gives uniqueItems true, the schema does not");
        assertThat(differencesAfter(s -> ((ObjectNode) s.at("/properties/hulpvraag/properties/soorten")).put("minItems", 2)))
                .containsExactly("hulpvraag.soorten: minItems is 2 in the schema, 1 in the declaration");
        assertThat(differencesAfter(s -> ((ObjectNode) s.at("/properties/huisgenoten")).put("maxItems", 30)))
                .containsExactly("huisgenoten: maxItems is 30 in the schema, 25 in the declaration");
        assertThat(differencesAfter(s -> ((ObjectNode) s.at("/properties/eerdereTrajecten")).remove("maxItems")))
                .containsExactly("eerdereTrajecten: the declaration gives maxItems 100, the schema does not");
        assertThat(differencesAfter(s -> ((ObjectNode) s.at("/properties/wijk")).put("minLength", 8)))
                .containsExactly("wijk: the schema gives minLength 8, the declaration does not");
    }

    @Test
    void aTypeOrEnumValueThatDiffersIsFound() throws IOException {
        assertThat(differencesAfter(s -> ((ObjectNode) s.at("/properties/zvwAanspraak")).put("type", "string")))
                .containsExactly("zvwAanspraak: type is \"string\" in the schema, \"boolean\" in the declaration");
        assertThat(differencesAfter(s -> ((ArrayNode) s.at("/properties/wlz/enum")).add("ONBEKEND")))
                .containsExactly("wlz: enum is [\"GEEN\",\"VERMOEDEN\",\"INDICATIE\",\"ONBEKEND\"] in the schema, "
                        + "[\"GEEN\",\"VERMOEDEN\",\"INDICATIE\"] in the declaration");
        assertThat(differencesAfter(s -> ((ArrayNode) s.at("/properties/eerdereTrajecten/items/properties/niveau/enum")).insert(0, "NORMALISATIE")))
                .singleElement().asString().startsWith("eerdereTrajecten[].niveau: enum is [\"NORMALISATIE\",");
    }

    @Test
    void aRequiredFlagThatDiffersIsFound() throws IOException {
        assertThat(differencesAfter(s -> ((ArrayNode) s.get("required")).remove(2)))
                .containsExactly("wet: required in the declaration, optional in the schema");
        assertThat(differencesAfter(s -> ((ObjectNode) s.at("/properties/netwerk")).putArray("required").add("beschikbaar")))
                .containsExactly("netwerk.beschikbaar: optional in the declaration, required in the schema");
    }

    @Test
    void fieldsInAnotherOrderAreFound() throws IOException {
        assertThat(differencesAfter(s -> {
            ObjectNode netwerk = (ObjectNode) s.at("/properties/netwerk/properties");
            JsonNode beschikbaar = netwerk.remove("beschikbaar");
            netwerk.set("beschikbaar", beschikbaar);
        })).containsExactly("netwerk: the fields are in another order: [mantelzorgerOverbelast, beschikbaar] in the schema, "
                + "[beschikbaar, mantelzorgerOverbelast] in the declaration");
    }

    /** The differences a change to the schema makes (not those it may already have: the first test reports them). */
    private static List<String> differencesAfter(Consumer<ObjectNode> change) throws IOException {
        List<String> before = SchemaComparison.differences(schema(), Declaration.AANVRAAG.root());
        ObjectNode schema = schema();
        change.accept(schema);
        List<String> after = new ArrayList<>(SchemaComparison.differences(schema, Declaration.AANVRAAG.root()));
        after.removeAll(before);
        return after;
    }

    private static ObjectNode persoon(ObjectNode schema) {
        return (ObjectNode) schema.at("/properties/persoon");
    }
}
