package nl.afweging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.afweging.model.Advies;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Replays every case under {@code fixtures/} through the public API and compares the expected fields. */
class FixturesTest {
    /** Every rule id of the default afwegingskader (afwegingskader.md). */
    static final List<String> SPEC_IDS = List.of("L0", "L1", "L2", "L3", "L4", "L5", "L6", "E1", "E2", "E3",
            "V1", "V2", "V3", "V4", "S1", "S2", "W1", "W2", "Z1", "T1", "T2", "J1", "J2", "K1");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Engine engine = TestEngines.standaard();

    static List<Path> fixtureFiles() throws IOException {
        try (Stream<Path> files = Files.list(TestEngines.root().resolve("fixtures"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureReproduces() throws IOException {
        return fixtureFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            JsonNode fixture = MAPPER.readTree(file.toFile());
            Advies advies = engine.evaluate(fixture.get("aanvraag").toString());
            assertThat(differences(fixture.get("verwacht"), advies)).as(file.getFileName().toString()).isEmpty();
        }));
    }

    /** Each difference as "field: verwacht X, werkelijk Y". */
    static List<String> differences(JsonNode verwacht, Advies advies) {
        JsonNode actual = MAPPER.valueToTree(Map.of(
                "niveau", advies.niveau().name(),
                "spoed", advies.spoed(),
                "verwijzingen", advies.verwijzingen(),
                "aandachtspunten", advies.aandachtspunten(),
                "regels", new TreeSet<>(advies.regelIds())));
        List<String> diffs = new ArrayList<>();
        verwacht.fields().forEachRemaining(e -> {
            JsonNode expected = e.getKey().equals("regels") ? sortedSet(e.getValue()) : e.getValue();
            JsonNode got = actual.get(e.getKey());
            if (!expected.equals(got)) {
                diffs.add(e.getKey() + ": verwacht " + expected + ", werkelijk " + got);
            }
        });
        return diffs;
    }

    private static JsonNode sortedSet(JsonNode list) {
        TreeSet<String> set = new TreeSet<>();
        list.forEach(n -> set.add(n.asText()));
        return MAPPER.valueToTree(set);
    }

    @Test
    void fixturesCoverEveryRuleAtLeastTwice() throws IOException {
        List<Path> files = fixtureFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(60);
        Map<String, Integer> fired = new TreeMap<>();
        for (Path file : files) {
            JsonNode fixture = MAPPER.readTree(file.toFile());
            assertThat(fixture.get("verwacht").has("regels")).as(file + " names its rules").isTrue();
            engine.evaluate(fixture.get("aanvraag").toString()).regelIds().forEach(id -> fired.merge(id, 1, Integer::sum));
        }
        for (String id : SPEC_IDS) {
            assertThat(fired.getOrDefault(id, 0)).as("fixtures firing " + id).isGreaterThanOrEqualTo(2);
        }
    }
}
