// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.afweging.model.Leefgebied;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The four ladder implementations the benchmark compares must decide alike, or the comparison is not fair:
 * the engine's own table compiled straight with Drools, the DMN table on Camunda with either FEEL engine,
 * and the hand-coded ladder.
 */
class LadderImplementationsTest {
    private static DroolsLadder drools;
    private static CamundaLadder camundaLegacy;
    private static CamundaLadder camundaDefault;

    @BeforeAll
    static void build() {
        drools = new DroolsLadder();
        camundaLegacy = new CamundaLadder(true);
        camundaDefault = new CamundaLadder(false);
    }

    @Test
    void allImplementationsAgreeOnTheBenchmarkInputs() {
        for (Map<Leefgebied, Integer> zrm : BenchData.zrm(BenchData.aanvragen())) {
            assertAgree(zrm);
        }
    }

    @Test
    void allImplementationsAgreeOnTheRungBoundaries() {
        Stream.of(
                List.<Integer>of(),
                List.of(4), List.of(5, 5, 5),
                List.of(3), List.of(3, 3), List.of(3, 3, 3), List.of(3, 3, 3, 5),
                List.of(2), List.of(1, 2), List.of(2, 2, 2), List.of(1, 1, 1, 1), List.of(2, 3, 3, 4)
        ).forEach(scores -> assertAgree(profile(scores)));
    }

    @Test
    void everyRungIsReached() {
        assertThat(Stream.of(List.<Integer>of(), List.of(4), List.of(3), List.of(3, 3, 3), List.of(2), List.of(2, 2, 2))
                .map(s -> drools.evaluate(profile(s)).regelId()))
                .containsExactly("L0", "L1", "L2", "L3", "L4", "L5");
    }

    private static void assertAgree(Map<Leefgebied, Integer> zrm) {
        LadderUitkomst expected = HandCodedLadder.evaluate(LadderInput.of(zrm));
        assertThat(drools.evaluate(zrm)).as("Drools on %s", zrm).isEqualTo(expected);
        assertThat(camundaLegacy.evaluate(LadderInput.of(zrm))).as("Camunda legacy FEEL on %s", zrm).isEqualTo(expected);
        assertThat(camundaDefault.evaluate(LadderInput.of(zrm))).as("Camunda default FEEL on %s", zrm).isEqualTo(expected);
    }

    private static Map<Leefgebied, Integer> profile(List<Integer> scores) {
        Map<Leefgebied, Integer> zrm = new EnumMap<>(Leefgebied.class);
        for (int i = 0; i < scores.size(); i++) {
            zrm.put(Leefgebied.values()[i], scores.get(i));
        }
        return zrm;
    }
}
