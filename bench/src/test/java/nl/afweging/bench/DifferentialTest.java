// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.afweging.Engine;
import nl.afweging.Json;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Advies;
import org.junit.jupiter.api.Test;

/**
 * The engine with the default rule set against {@link HandCodedKader}, written independently from the spec:
 * on 100,000 generated aanvragen both must give the same level, spoed, referrals, attention points and set
 * of fired rules. A difference is either a bug in the rules or a misreading of the spec in the oracle; the
 * report shows the aanvraag so the case can become a fixture.
 */
class DifferentialTest {
    private static final long SEED = 2026_0412L;
    private static final int AANTAL = 100_000;
    private static final int GETOOND = 5;

    @Test
    void engineAndHandCodedKaderAgreeOnEveryGeneratedAanvraag() {
        Engine engine = Engine.builder().build();
        HandCodedKader kader = new HandCodedKader();
        List<Aanvraag> aanvragen = AanvraagGenerator.generate(SEED, AANTAL);

        // Parallel for speed only: toList() keeps the input order, so the report is the same on every run.
        List<Verschil> verschillen = IntStream.range(0, AANTAL).parallel()
                .mapToObj(i -> vergelijk(i, aanvragen.get(i), engine, kader))
                .filter(Objects::nonNull)
                .toList();

        // The count, not the list: the report names the first few, the list would print all of them.
        assertThat(verschillen.size()).as(() -> rapport(verschillen)).isZero();
    }

    private static Verschil vergelijk(int index, Aanvraag aanvraag, Engine engine, HandCodedKader kader) {
        Advies advies = engine.evaluate(aanvraag);
        Uitkomst motor = Uitkomst.of(advies);
        Uitkomst orakel = kader.advise(aanvraag);
        boolean elkeRegelEenmaal = advies.regelIds().size() == motor.regels().size();
        return motor.equals(orakel) && elkeRegelEenmaal ? null : new Verschil(index, aanvraag, motor, orakel, advies.regelIds());
    }

    private static String rapport(List<Verschil> verschillen) {
        return verschillen.size() + " of " + AANTAL + " aanvragen differ (seed " + SEED + "); the first "
                + Math.min(GETOOND, verschillen.size()) + ":\n"
                + verschillen.stream().limit(GETOOND).map(Verschil::toString).collect(Collectors.joining("\n"));
    }

    private record Verschil(int index, Aanvraag aanvraag, Uitkomst engine, Uitkomst orakel, List<String> firingOrder) {
        @Override
        public String toString() {
            return "#" + index + " " + Json.write(aanvraag)
                    + "\n  engine:      " + engine + " (firing order " + firingOrder + ")"
                    + "\n  hand-coded:  " + orakel;
        }
    }
}
