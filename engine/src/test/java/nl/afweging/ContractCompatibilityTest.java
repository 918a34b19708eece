// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, point 6: the JSON contract (the schemas in the jar) stays compatible with the last release, whose copies are
 * in compat/VERSION/schema/ (scripts/api-baseline). A breaking change needs a new major version and a new baseline
 * (docs/release.md); each kind of breaking change is shown to be caught on a changed copy.
 */
class ContractCompatibilityTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> SCHEMAS =
            List.of("aanvraag.schema.json", "advies.schema.json", "audit-record.schema.json", "fixture.schema.json", "simulatie.schema.json");

    /** The newest release folder under compat/ that holds schemas, by version number. */
    private static Path vorigeRelease() throws IOException {
        Path compat = Path.of(System.getProperty("afweging.root", "..")).resolve("compat");
        try (Stream<Path> releases = Files.list(compat)) {
            return releases.filter(p -> Files.isDirectory(p.resolve("schema")))
                    .max(Comparator.comparing(p -> versie(p.getFileName().toString())))
                    .orElseThrow(() -> new AssertionError("no compat/VERSION/schema/ in " + compat));
        }
    }

    /** "0.10.2" as a sortable key: each part zero-padded. */
    private static String versie(String naam) {
        StringBuilder key = new StringBuilder();
        for (String deel : naam.split("\\.")) {
            key.append(String.format("%08d", Integer.parseInt(deel.replaceAll("\\D.*", ""))));
        }
        return key.toString();
    }

    private static JsonNode huidig(String naam) {
        try (InputStream in = Engine.class.getResourceAsStream("/nl/afweging/schema/" + naam)) {
            assertThat(in).as(naam + " in the jar").isNotNull();
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyReleasedSchemaIsStillThereAndNothingInItBroke() throws IOException {
        Path release = vorigeRelease();
        List<String> vrijgegeven;
        try (Stream<Path> files = Files.list(release.resolve("schema"))) {
            vrijgegeven = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(vrijgegeven).as("the schemas of " + release.getFileName()).containsExactlyInAnyOrderElementsOf(SCHEMAS);
        for (String naam : vrijgegeven) {
            JsonNode oud = MAPPER.readTree(release.resolve("schema").resolve(naam).toFile());
            assertThat(ContractCompatibility.breuken(naam, oud, huidig(naam)))
                    .as(naam + " against " + release + " (a breaking change needs a major version, docs/release.md)")
                    .isEmpty();
        }
    }

    private static ObjectNode aanvraag() {
        return huidig("aanvraag.schema.json").deepCopy();
    }

    private static List<String> breuken(ObjectNode nieuw) {
        return ContractCompatibility.breuken("aanvraag.schema.json", huidig("aanvraag.schema.json"), nieuw);
    }

    @Test
    void aRemovedFieldIsCaught() {
        ObjectNode nieuw = aanvraag();
        ((ObjectNode) nieuw.get("properties")).remove("gemeente");
        assertThat(breuken(nieuw)).containsExactly("aanvraag.schema.json#/properties/gemeente: veld verwijderd of hernoemd");
    }

    @Test
    void aRenamedFieldIsCaught() {
        ObjectNode nieuw = aanvraag();
        ObjectNode persoon = (ObjectNode) nieuw.at("/properties/persoon/properties");
        persoon.set("leeftijdInJaren", persoon.remove("leeftijd"));
        ((ArrayNode) nieuw.at("/properties/persoon/required")).removeAll().add("leeftijdInJaren");
        assertThat(breuken(nieuw)).containsExactlyInAnyOrder(
                "aanvraag.schema.json#/properties/persoon/properties/leeftijd: veld verwijderd of hernoemd",
                "aanvraag.schema.json#/properties/persoon: veld leeftijdInJaren is nieuw verplicht");
    }

    @Test
    void aFieldNewlyRequiredIsCaught() {
        ObjectNode nieuw = aanvraag();
        ((ArrayNode) nieuw.get("required")).add("gemeente");
        assertThat(breuken(nieuw)).containsExactly("aanvraag.schema.json#: veld gemeente is nieuw verplicht");
    }

    @Test
    void aNarrowedEnumIsCaught() {
        ObjectNode nieuw = aanvraag();
        ((ArrayNode) nieuw.at("/properties/wet/enum")).remove(1);
        assertThat(breuken(nieuw)).containsExactly("aanvraag.schema.json#/properties/wet: enum-waarde JEUGDWET vervallen");
    }

    @Test
    void anEnumPutOnAFreeFieldIsCaught() {
        ObjectNode nieuw = aanvraag();
        ((ObjectNode) nieuw.at("/properties/gemeente")).putArray("enum").add("0363");
        assertThat(breuken(nieuw)).containsExactly("aanvraag.schema.json#/properties/gemeente: enum-waarde (elke waarde) vervallen");
    }

    @Test
    void aChangedTypeIsCaught() {
        ObjectNode nieuw = aanvraag();
        ((ObjectNode) nieuw.at("/properties/persoon/properties/leeftijd")).put("type", "string");
        assertThat(breuken(nieuw)).containsExactly(
                "aanvraag.schema.json#/properties/persoon/properties/leeftijd: type [integer] werd [string]");
    }

    @Test
    void aBreakDeepInAnOutputSchemaIsCaughtToo() {
        JsonNode oud = huidig("audit-record.schema.json");
        ObjectNode nieuw = oud.deepCopy();
        ObjectNode defs = (ObjectNode) nieuw.get("$defs");
        String eerste = defs.fieldNames().next();
        defs.remove(eerste);
        assertThat(ContractCompatibility.breuken("audit-record.schema.json", oud, nieuw))
                .containsExactly("audit-record.schema.json#/$defs/" + eerste + ": definitie verwijderd of hernoemd");
    }

    @Test
    void additionsAreNoBreak() {
        ObjectNode nieuw = aanvraag();
        ((ObjectNode) nieuw.get("properties")).putObject("nieuwVeld").put("type", "string");
        ((ArrayNode) nieuw.at("/properties/wet/enum")).add("PARTICIPATIEWET");
        ((ObjectNode) nieuw.at("/properties/persoon/properties/leeftijd")).put("description", "In jaren.");
        assertThat(breuken(nieuw)).isEmpty();
    }
}
