// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.afweging.Json;
import nl.afweging.model.Niveau;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the oracle itself: the fixtures in {@code fixtures/} were derived by hand from the spec, so the
 * hand-coded kader must reproduce every one of them before it may judge the engine.
 */
class HandCodedKaderFixturesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path FIXTURES = Path.of(System.getProperty("afweging.root", ".."), "fixtures");

    private final HandCodedKader kader = new HandCodedKader();

    @TestFactory
    Stream<DynamicTest> everyFixtureReproduces() throws IOException {
        return fixtures().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            JsonNode fixture = MAPPER.readTree(file.toFile());
            JsonNode verwacht = fixture.get("verwacht");
            Uitkomst uitkomst = kader.advise(Json.readAanvraag(fixture.get("aanvraag").toString()));

            assertThat(uitkomst.niveau()).as("niveau").isEqualTo(Niveau.valueOf(verwacht.get("niveau").asText()));
            assertThat(uitkomst.spoed()).as("spoed").isEqualTo(verwacht.get("spoed").asBoolean());
            assertThat(uitkomst.verwijzingen()).as("verwijzingen").isEqualTo(strings(verwacht.get("verwijzingen")));
            assertThat(uitkomst.aandachtspunten()).as("aandachtspunten").isEqualTo(strings(verwacht.get("aandachtspunten")));
            if (verwacht.has("regels")) {
                assertThat(uitkomst.regels()).as("regels").isEqualTo(new TreeSet<>(strings(verwacht.get("regels"))));
            }
        }));
    }

    @Test
    void theFixtureFolderIsFound() throws IOException {
        assertThat(fixtures()).hasSizeGreaterThanOrEqualTo(84);
    }

    /**
     * The fixtures of version 2026.1 without gemeente regels: the hand-coded kader encodes that version's parameters
     * (fixtures that name another version or a gemeente in {@code verwacht.regelset} test the engine's choice of rules).
     */
    private static List<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.filter(p -> p.toString().endsWith(".json")).filter(HandCodedKaderFixturesTest::of2026).sorted().toList();
        }
    }

    private static boolean of2026(Path fixture) {
        try {
            JsonNode regelset = MAPPER.readTree(fixture.toFile()).path("verwacht").path("regelset");
            return regelset.isMissingNode()
                    || regelset.path("versie").asText().equals("2026.1") && regelset.path("gemeente").asText(null) == null;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
