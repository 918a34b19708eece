// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.afweging.model.Fout;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every invalid aanvraag in {@code examples/ongeldig/} is refused with exactly the problems listed in its
 * {@code verwacht.json} (all at once), and nothing is decided.
 */
class ValidationTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Engine engine = TestEngines.standaard();

    static Path folder() {
        return TestEngines.root().resolve("examples/ongeldig");
    }

    @TestFactory
    Stream<DynamicTest> everyInvalidAanvraagNamesEveryProblem() throws IOException {
        JsonNode verwacht = MAPPER.readTree(folder().resolve("verwacht.json").toFile());
        List<DynamicTest> tests = new ArrayList<>();
        verwacht.fields().forEachRemaining(e -> tests.add(DynamicTest.dynamicTest(e.getKey(), () -> {
            String input = Files.readString(folder().resolve(e.getKey()));
            List<String> expected = new ArrayList<>();
            e.getValue().forEach(p -> expected.add(p.asText()));
            assertThatThrownBy(() -> engine.evaluate(input))
                    .isInstanceOfSatisfying(InvalidAanvraagException.class, ex -> {
                        assertThat(ex.fouten()).extracting(Fout::pad).containsExactlyInAnyOrderElementsOf(expected);
                        assertThat(ex.fouten()).allSatisfy(f -> {
                            assertThat(f.gevonden()).isNotBlank();
                            assertThat(f.toegestaan()).isNotBlank();
                        });
                    });
        })));
        return tests.stream();
    }

    @Test
    void thereAreAtLeastTenInvalidExamplesAndEachIsListed() throws IOException {
        JsonNode verwacht = MAPPER.readTree(folder().resolve("verwacht.json").toFile());
        try (Stream<Path> files = Files.list(folder())) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("verwacht.json")).toList();
            assertThat(names).hasSizeGreaterThanOrEqualTo(10);
            assertThat(names).allSatisfy(n -> assertThat(verwacht.has(n)).as(n + " in verwacht.json").isTrue());
        }
    }

    @Test
    void freeTextIsNeverEchoedInAProblem() {
        String geheim = "mijn buurman slaat zijn kinderen en ik weet niet wat ik moet doen ".repeat(70);
        String json = "{\"id\":\"a\",\"peildatum\":\"2026-03-01\",\"wet\":\"WMO\",\"persoon\":{\"leeftijd\":40},"
                + "\"hulpvraag\":{\"soorten\":[\"PSYCHISCH\"],\"omschrijving\":\"" + geheim + "\"},\"veiligheid\":\"" + geheim + "\"}";

        assertThatThrownBy(() -> engine.evaluate(json)).isInstanceOfSatisfying(InvalidAanvraagException.class, e -> {
            assertThat(e.fouten()).extracting(Fout::pad).containsExactly("/hulpvraag/omschrijving", "/veiligheid");
            assertThat(e.getMessage()).doesNotContain("buurman");
        });
    }

    @Test
    void aPeildatumBeforeTheRuleSetIsRefused() {
        String json = "{\"id\":\"a\",\"peildatum\":\"2025-12-31\",\"wet\":\"WMO\",\"persoon\":{\"leeftijd\":40},"
                + "\"hulpvraag\":{\"soorten\":[\"PSYCHISCH\"]}}";

        assertThatThrownBy(() -> engine.evaluate(json)).isInstanceOfSatisfying(InvalidAanvraagException.class,
                e -> assertThat(e.fouten()).singleElement().satisfies(f -> {
                    assertThat(f.pad()).isEqualTo("/peildatum");
                    assertThat(f.toegestaan()).contains("2026-01-01");
                }));
    }

    @Test
    void anAanvraagBuiltInJavaIsCheckedToo() {
        var aanvraag = nl.afweging.model.Aanvraag.builder("a", java.time.LocalDate.of(2026, 3, 1),
                nl.afweging.model.Wet.WMO, 130).build();

        assertThatThrownBy(() -> engine.evaluate(aanvraag)).isInstanceOfSatisfying(InvalidAanvraagException.class,
                e -> assertThat(e.fouten()).extracting(Fout::pad).containsExactlyInAnyOrder("/persoon/leeftijd", "/hulpvraag/soorten"));
    }
}
