// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.afweging.testkit.TestRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every case under {@code fixtures/} through the public API, as {@code ./afweging replay fixtures} does,
 * and keeps the default rule set at full coverage: every rule fired by at least two fixtures.
 */
class FixturesTest {
    /** Every rule id of the default afwegingskader (afwegingskader.md). */
    static final List<String> SPEC_IDS = List.of("L0", "L1", "L2", "L3", "L4", "L5", "L6", "E1", "E2", "E3",
            "V1", "V2", "V3", "V4", "S1", "S2", "W1", "W2", "Z1", "T1", "T2", "J1", "J2", "K1");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final RuleSets DEFAULT = RuleSets.of(List.of());

    private static List<ReplayCase> replay(Path path) {
        List<ReplayCase> cases = new ArrayList<>();
        Replay.with(DEFAULT).run(path, cases::add);
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureReproduces() throws IOException {
        return TestRules.fixtureFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () ->
                assertThat(replay(file)).singleElement().satisfies(c -> assertThat(c.isGeslaagd()).as(c.toString()).isTrue())));
    }

    @Test
    void fixturesCoverEveryRuleAtLeastTwice() throws IOException {
        List<Path> files = TestRules.fixtureFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(60);
        for (Path file : files) {
            assertThat(MAPPER.readTree(file.toFile()).path("verwacht").has("regels")).as(file + " names its rules").isTrue();
        }
        Coverage coverage = new Coverage(DEFAULT.primary().regels());
        replay(TestRules.root().resolve("fixtures")).forEach(coverage::add);

        assertThat(coverage.ids()).as("the rule set encodes every rule of the afwegingskader, and no other")
                .containsExactlyInAnyOrderElementsOf(SPEC_IDS);
        assertThat(coverage.nietGedekt()).isEmpty();
        assertThat(coverage.percentage()).isEqualTo(100.0);
        coverage.perRegel().forEach((id, n) -> assertThat(n).as("fixtures firing " + id).isGreaterThanOrEqualTo(2));
    }
}
