// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What the issue promises at the command line: each worked example of the afwegingskader gives its stated
 * outcome through {@code decide}, and each invalid example exits 2 with every problem named and no advies.
 */
class ExamplesThroughTheCommandLineTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> workedExamplesThroughDecide() throws IOException {
        try (Stream<Path> files = Files.list(CliRun.root().resolve("fixtures"))) {
            return files.filter(p -> p.getFileName().toString().contains("voorbeeld")).sorted().toList().stream()
                    .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                        JsonNode fixture = MAPPER.readTree(file.toFile());
                        CliRun run = CliRun.withInput(fixture.get("aanvraag").toString(), "decide", "-");
                        assertThat(run.exit()).as(run.err()).isZero();
                        JsonNode advies = MAPPER.readTree(run.out());
                        JsonNode verwacht = fixture.get("verwacht");
                        assertThat(advies.get("niveau")).isEqualTo(verwacht.get("niveau"));
                        assertThat(advies.get("spoed")).isEqualTo(verwacht.get("spoed"));
                        assertThat(advies.get("verwijzingen")).isEqualTo(verwacht.get("verwijzingen"));
                        assertThat(advies.get("aandachtspunten")).isEqualTo(verwacht.get("aandachtspunten"));
                        assertThat(new TreeSet<>(advies.get("regels").findValuesAsText("id")))
                                .isEqualTo(new TreeSet<>(MAPPER.convertValue(verwacht.get("regels"), java.util.List.class)));
                    }));
        }
    }

    @TestFactory
    Stream<DynamicTest> invalidExamplesExitTwo() throws IOException {
        Path folder = CliRun.root().resolve("examples/ongeldig");
        JsonNode verwacht = MAPPER.readTree(folder.resolve("verwacht.json").toFile());
        java.util.List<DynamicTest> tests = new java.util.ArrayList<>();
        verwacht.fields().forEachRemaining(e -> tests.add(DynamicTest.dynamicTest(e.getKey(), () -> {
            CliRun run = CliRun.of("decide", folder.resolve(e.getKey()).toString());
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            for (JsonNode pointer : e.getValue()) {
                assertThat(run.err()).contains(pointer.asText().isEmpty() ? "(aanvraag)" : pointer.asText() + ":");
            }
        })));
        return tests.stream();
    }
}
