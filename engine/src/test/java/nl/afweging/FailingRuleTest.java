// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule that throws gives a typed error naming the rule, never a crash; the engine goes on with the next aanvraag. */
class FailingRuleTest {
    private static final String FAILING_RULE = """
            package nl.afweging.regels;
            import nl.afweging.feiten.*;
            import nl.afweging.model.Wet;

            rule "X9 faalt bij jeugd"
                @id(X9)
                @naam("Faalt bij jeugd")
                @grondslag("test")
                @uitleg("Een regel die een fout geeft, om te zien dat de engine dat netjes meldt.")
            when
                Casus(wet == Wet.JEUGDWET)
            then
                Object niets = null;
                niets.toString();
            end
            """;

    @TempDir
    static Path dir;
    private static Engine engine;
    private static String jeugd;
    private static String wmo;

    @BeforeAll
    static void load() throws Exception {
        Path rules = BrokenRules.create(BrokenRules.copy(dir), "faalt.drl", FAILING_RULE);
        engine = Engine.builder().rules(rules).build();
        jeugd = Files.readString(TestEngines.root().resolve("examples/aanvraag-jeugd.json"));
        wmo = Files.readString(TestEngines.root().resolve("examples/aanvraag-wmo.json"));
    }

    @Test
    void theFailureNamesTheRuleAndWhereItIsWritten() {
        EvaluationException failed = catchThrowableOfType(() -> engine.evaluate(jeugd), EvaluationException.class);

        assertThat(failed).isNotNull();
        assertThat(failed.regelId()).isEqualTo("X9");
        assertThat(failed.bron()).isEqualTo("faalt.drl:5");
        assertThat(failed.getMessage()).contains("regel X9 (faalt.drl:5)", "NullPointerException").doesNotContain("\tat ");
        // The exception the rule threw, by its own name and message, not the session's wrapper around it.
        assertThat(failed.getMessage()).containsPattern("regel X9 \\(faalt\\.drl:5\\) faalde bij aanvraag 2026-000124: NullPointerException \\S");
    }

    @Test
    void theEngineAdvisesTheNextAanvraagAsBefore() {
        for (int i = 0; i < 20; i++) {
            catchThrowableOfType(() -> engine.evaluate(jeugd), EvaluationException.class);
            assertThat(engine.evaluateToJson(wmo).replace(engine.regelset().hash(), "H"))
                    .isEqualTo(TestEngines.standaard().evaluateToJson(wmo).replace(TestEngines.standaard().regelset(java.time.LocalDate.parse("2026-03-01"), null).hash(), "H"));
        }
    }

    /** A rule that updates the fact its own condition reads, without no-loop: it would fire forever. */
    @Test
    void aLoopingRuleIsStoppedByTheFiringLimitAndThenByTheTimeLimit() throws Exception {
        Path rules = BrokenRules.create(BrokenRules.copy(Files.createTempDirectory(dir, "lus")), "lus.drl", """
                package nl.afweging.regels;
                import nl.afweging.feiten.*;
                import nl.afweging.model.Wet;

                rule "X8 lus"
                    @id(X8)
                    @naam("Lus")
                    @grondslag("test")
                    @uitleg("Een regel die zichzelf steeds opnieuw laat vuren.")
                when
                    $c : Casus(wet == Wet.JEUGDWET)
                then
                    update($c);
                end
                """);
        Engine byFirings = Engine.builder().rules(rules).maxFirings(500).build();
        EvaluationException stopped = catchThrowableOfType(() -> byFirings.evaluate(jeugd), EvaluationException.class);
        assertThat(stopped.regelId()).isEqualTo("X8");
        assertThat(stopped.bron()).isEqualTo("lus.drl:5");
        assertThat(stopped.getMessage()).contains("meer dan 500 keer");
        assertThat(byFirings.evaluate(wmo).niveau()).isEqualTo(TestEngines.standaard().evaluate(wmo).niveau());

        Engine byTime = Engine.builder().rules(rules).maxFirings(Integer.MAX_VALUE).timeLimit(java.time.Duration.ofMillis(200)).build();
        EvaluationException timedOut = catchThrowableOfType(() -> byTime.evaluate(jeugd), EvaluationException.class);
        assertThat(timedOut.regelId()).isEqualTo("X8");
        assertThat(timedOut.getMessage()).contains("langer dan 200 ms");
    }

    /** The rule set's own afronding is held to the afwegingskader's formula: a rule set that rounds otherwise fails loudly. */
    @Test
    void anAfrondingThatDiffersFromTheFormulaIsAFailureNotAnAdvice() throws Exception {
        Path rules = BrokenRules.copy(Files.createTempDirectory(dir, "afronding"));
        BrokenRules.edit(rules, "afronding.drl", "import nl.afweging.feiten.*;", "import nl.afweging.feiten.*;\nimport nl.afweging.model.Niveau;");
        BrokenRules.edit(rules, "afronding.drl", "Besluit.bereken($basis, $vloeren, $plafonds, !$vervalt.isEmpty())",
                "new Besluit(Niveau.SPECIALISTISCH_MAATWERK)");
        Engine altijdMaatwerk = Engine.builder().rules(rules).build();

        assertThat(altijdMaatwerk.evaluate(jeugd).niveau()).isEqualTo(nl.afweging.model.Niveau.SPECIALISTISCH_MAATWERK);
        EvaluationException failed = catchThrowableOfType(() -> altijdMaatwerk.evaluate(wmo), EvaluationException.class);
        assertThat(failed).isNotNull();
        assertThat(failed.getMessage()).contains("De afronding van de regelset (SPECIALISTISCH_MAATWERK) wijkt af van het afwegingskader ("
                + TestEngines.standaard().evaluate(wmo).niveau() + ")");
    }

    @Test
    void aBatchGivesAnErrorLineForThatAanvraagAndGoesOn() {
        List<BatchLine> out = new ArrayList<>();
        String lines = String.join("\n", jeugd.replace("\n", ""), wmo.replace("\n", ""), jeugd.replace("\n", ""));
        engine.evaluateLines(new StringReader(lines), 2, out::add);

        assertThat(out).extracting(BatchLine::isAdvies).containsExactly(false, true, false);
        assertThat(out.get(0).json()).startsWith("{\"fouten\":[").contains("regel X9 (faalt.drl:5)").contains("\"regel\":1");
        assertThat(out.get(2).regelnummer()).isEqualTo(3);
    }
}
