// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.afweging.feiten.Parameter;
import nl.afweging.feiten.Parameters;
import nl.afweging.impl.evaluation.Evaluator;
import nl.afweging.model.Aanvraag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parameters as one fact ({@link Parameters}): a rule set written in that form advises exactly as the same rules
 * written with a {@link Parameter} fact per parameter, names the same parameters in {@code gelezen}, and starts every
 * evaluation with one fact instead of five. The example in {@code examples/regels-een-parameterfeit} is that rule set.
 * The refusals of a read the engine cannot see, and of a parameter fact made by a rule, are kapotte-regels 41–45.
 */
class ParametersFactTest {
    private static final Path ROOT = FixtureRuleSets.ROOT;
    /** The example for policy staff: 2026.1 in the one-fact form, under a name of its own. */
    private static final Path VOORBEELD = ROOT.resolve("examples/regels-een-parameterfeit");

    /** Version 2026.1 with each of its six parameter reads written against the one Parameters fact. */
    private static Path inOneFactForm(Path target) throws IOException {
        FixtureRuleSets.copyRules(target);
        edit(target, "samenhang.drl", "Parameter(naam == \"meervoudigVanaf\", $vanaf : waarde)\n    Profiel(aantalTotEnMet(3) >= $vanaf)",
                "$parameters : Parameters()\n    Profiel(aantalTotEnMet(3) >= $parameters.waarde(\"meervoudigVanaf\"))");
        edit(target, "trajecten.drl", "Parameter(naam == \"trajectTermijnMaanden\", $termijn : waarde)", "$parameters : Parameters()");
        edit(target, "trajecten.drl", "eindigdeBinnenMaanden($termijn)", "eindigdeBinnenMaanden($parameters.waarde(\"trajectTermijnMaanden\"))");
        edit(target, "trajecten.drl", "Parameter(naam == \"mislukteMaatwerkTrajecten\", $minimum : waarde)\n    Number(intValue >= $minimum)",
                "$parameters : Parameters()\n    Number(intValue >= $parameters.waarde(\"mislukteMaatwerkTrajecten\"))");
        edit(target, "stappen.drl", "Parameter(naam == \"volwassenVanaf\", $volwassenVanaf : waarde)", "$parameters : Parameters()");
        edit(target, "parameters.drl.csv", "Andere regels lezen ze bij naam (Parameter(naam == \"\"...\"\")).",
                "Andere regels lezen ze bij naam, uit één feit: $parameters : Parameters() en dan $parameters.waarde(\"\"...\"\").");
        edit(target, "stappen.drl", "leeftijd >= $volwassenVanaf)", "leeftijd >= $parameters.waarde(\"volwassenVanaf\"))");
        edit(target, "ladder.drl.csv", "\"Parameter(naam == \"\"meervoudigVanaf\"\", $p.heeftMinstens(waarde, 3) == $param)\"",
                "\"Parameters($p.heeftMinstens(waarde(\"\"meervoudigVanaf\"\"), 3) == $param)\"");
        edit(target, "ladder.drl.csv", "\"Parameter(naam == \"\"ernstigMeervoudigVanaf\"\", $p.heeftMinstens(waarde, 2) == $param)\"",
                "\"Parameters($p.heeftMinstens(waarde(\"\"ernstigMeervoudigVanaf\"\"), 2) == $param)\"");
        return target;
    }

    @Test
    void theExampleIs2026_1WithOnlyItsParameterReadsWrittenAgainstTheOneFact(@TempDir Path folder) throws IOException {
        Path converted = inOneFactForm(folder);
        try (Stream<Path> files = Files.list(converted)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("regelset.json")).sorted().toList()) {
                assertThat(VOORBEELD.resolve(file.getFileName().toString())).as(file.getFileName().toString())
                        .hasSameBinaryContentAs(file);
            }
        }
        try (Stream<Path> files = Files.list(VOORBEELD); Stream<Path> version = Files.list(ROOT.resolve("rules/2026.1"))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(version.map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    void theOneFactFormAdvisesEveryFixtureByteForByteAsAFactPerParameterSaveTheRuleSetsNameAndHash() throws IOException {
        LoadedRuleSet perParameter = RuleSetLoader.load(FixtureRuleSets.rules(ROOT.resolve("rules/2026.1")));
        LoadedRuleSet eenFeit = RuleSetLoader.load(FixtureRuleSets.rules(VOORBEELD));
        assertThat(eenFeit.regelset().hash()).as("other rule files, another hash").isNotEqualTo(perParameter.regelset().hash());

        List<Aanvraag> aanvragen = FixtureRuleSets.fixtures();
        List<String> before = advies(perParameter, aanvragen);
        List<String> after = advies(eenFeit, aanvragen);
        assertThat(after).isEqualTo(before);
        // The comparison covers what the rules read: every parameter is named in some advies's gelezen.
        assertThat(String.join("\n", after)).contains("\"parameter.meervoudigVanaf\"", "\"parameter.ernstigMeervoudigVanaf\"",
                "\"parameter.trajectTermijnMaanden\"", "\"parameter.mislukteMaatwerkTrajecten\"", "\"parameter.volwassenVanaf\"");
        assertThat(eenFeit.regels().values()).filteredOn(r -> "L6".equals(r.id())).singleElement()
                .satisfies(r -> assertThat(r.leest()).contains("parameter.meervoudigVanaf"));
    }

    @Test
    void anEvaluationStartsWithOnlyTheParameterFactsItsRulesRead() {
        LoadedRuleSet perParameter = RuleSetLoader.load(FixtureRuleSets.rules(ROOT.resolve("rules/2026.1")));
        LoadedRuleSet eenFeit = RuleSetLoader.load(FixtureRuleSets.rules(VOORBEELD));

        assertThat(perParameter.parameterFeiten()).hasSize(5).allMatch(f -> f instanceof Parameter);
        assertThat(eenFeit.parameterFeiten()).singleElement().isInstanceOf(Parameters.class);
        Parameters parameters = (Parameters) eenFeit.parameterFeiten().get(0);
        eenFeit.parameters().forEach((naam, waarde) -> assertThat(parameters.waarde(naam)).as(naam).isEqualTo(waarde));
    }

    /** The check that the compiled conditions show every name the text reads skips comments and strings. */
    @Test
    void aNameInACommentOrAStringIsNoRead(@TempDir Path folder) throws IOException {
        Path rules = inOneFactForm(folder);
        edit(rules, "samenhang.drl", "    Profiel(aantalTotEnMet(3) >= $parameters.waarde(\"meervoudigVanaf\"))",
                "    // eerder: $parameters.waarde(\"volwassenVanaf\")\n"
                        + "    Profiel(aantalTotEnMet(3) >= $parameters.waarde(\"meervoudigVanaf\"))");
        edit(rules, "samenhang.drl", "insert(new Aandachtspunt(\"EEN_GEZIN_EEN_PLAN\"));",
                "insert(new Aandachtspunt(\"EEN_GEZIN_EEN_PLAN\")); String niet = \"waarde(\\\"volwassenVanaf\\\")\";");
        LoadedRuleSet loaded = RuleSetLoader.load(FixtureRuleSets.rules(rules));
        assertThat(loaded.regels().values()).filteredOn(r -> "L6".equals(r.id())).singleElement()
                .satisfies(r -> assertThat(r.leest()).contains("parameter.meervoudigVanaf").doesNotContain("parameter.volwassenVanaf"));
    }

    @Test
    void theFactHoldsACopyAndNamesEveryParameterWhenAskedForOneItLacks() {
        Map<String, Integer> waarden = new HashMap<>(Map.of("meervoudigVanaf", 3, "volwassenVanaf", 18));
        Parameters parameters = new Parameters(waarden);
        waarden.put("meervoudigVanaf", 1);

        assertThat(parameters.waarde("meervoudigVanaf")).isEqualTo(3);
        assertThatThrownBy(() -> parameters.waarde("meervoudigvanaf"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("geen parameter 'meervoudigvanaf'; de parameters zijn: meervoudigVanaf, volwassenVanaf");
    }

    /** Every advies as JSON, with the rule set's name and hash left out: the rules are the same, their files not. */
    private static List<String> advies(LoadedRuleSet ruleSet, List<Aanvraag> aanvragen) {
        Evaluator evaluator = new Evaluator(ruleSet, "test");
        return aanvragen.stream().map(a -> nl.afweging.Json.write(evaluator.evaluate(a))
                .replace(ruleSet.regelset().hash(), "HASH").replace(ruleSet.regelset().naam(), "NAAM")).toList();
    }

    private static void edit(Path rules, String file, String from, String to) throws IOException {
        Path p = rules.resolve(file);
        String text = Files.readString(p);
        assertThat(text.split(java.util.regex.Pattern.quote(from), -1)).as(from + " once in " + file).hasSize(2);
        Files.writeString(p, text.replace(from, to));
    }
}
