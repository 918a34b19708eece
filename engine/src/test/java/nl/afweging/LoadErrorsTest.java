package nl.afweging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken rule set fails loading with the file and line (or table row and column) of every problem. */
class LoadErrorsTest {
    @TempDir
    Path dir;

    private List<LoadProblem> problems(Path rules) {
        try {
            Engine.builder().rules(rules).build();
        } catch (RuleSetLoadException e) {
            assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("\tat ");
            return e.problems();
        }
        throw new AssertionError("the rule set loaded");
    }

    @Test
    void aCopyOfTheRulesFolderLoadsAndHasTheSameHashAsTheJar() {
        Engine copy = Engine.builder().rules(BrokenRules.copy(dir)).build();
        assertThat(copy.regelset()).isEqualTo(TestEngines.standaard().regelset());
    }

    @Test
    void drlSyntaxErrorNamesFileAndLine() {
        Path rules = BrokenRules.edit(BrokenRules.copy(dir), "samenhang.drl",
                "Profiel(aantalTotEnMet(3) >= $vanaf)", "Profiel(aantalTotEnMet(3) >= $vanaf");
        int line = BrokenRules.lineOf(rules, "samenhang.drl", "Profiel(aantalTotEnMet(3) >= $vanaf");

        List<LoadProblem> problems = problems(rules);
        assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p.bestand()).isEqualTo("samenhang.drl"));
        assertThat(problems).anySatisfy(p -> assertThat(p.regel()).isBetween(line, line + 2));
    }

    @Test
    void wrongValueInATableCellNamesRowAndColumn() {
        Path rules = BrokenRules.edit(BrokenRules.copy(dir), "ladder.drl.csv",
                "3,3,false,,SOCIALE_BASIS", "3,3,false,,SOCIAAL");

        List<LoadProblem> problems = problems(rules);
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.plaats()).isEqualTo("ladder.drl.csv:12 (kolom H)");
            assertThat(p.melding()).contains("SOCIAAL");
        });
    }

    @Test
    void ruleWithoutGrondslagInATableIsNamedWithItsCell() {
        Path rules = BrokenRules.edit(BrokenRules.copy(dir), "vloeren.drl.csv",
                "VEILIGHEID_VOLGEN,Meldcode huiselijk geweld en kindermishandeling afweging 1,", "VEILIGHEID_VOLGEN,,");

        assertThat(problems(rules)).singleElement().satisfies(p -> {
            assertThat(p.plaats()).isEqualTo("vloeren.drl.csv:13 (kolom R)");
            assertThat(p.melding()).contains("grondslag");
        });
    }

    @Test
    void drlRuleWithoutUitlegIsNamedWithItsLine() {
        Path rules = BrokenRules.copy(dir);
        int line = BrokenRules.lineOf(rules, "trajecten.drl", "rule \"T2");
        BrokenRules.edit(rules, "trajecten.drl",
                "    @uitleg(\"Specialistische hulp is al meerdere keren mislukt. Bespreek de casus eerst samen voordat er weer een plaatsing komt.\")\n", "");

        assertThat(problems(rules)).singleElement().satisfies(p -> {
            assertThat(p.plaats()).isEqualTo("trajecten.drl:" + line);
            assertThat(p.melding()).contains("uitleg");
        });
    }

    @Test
    void duplicateIdIsReportedWithBothPlaces() {
        Path rules = BrokenRules.edit(BrokenRules.copy(dir), "soorten.drl.csv", "K1,Woningaanpassing", "V1,Woningaanpassing");

        assertThat(problems(rules)).singleElement().satisfies(p -> {
            assertThat(p.melding()).contains("V1").contains("twee keer");
            assertThat(p.toString()).containsAnyOf("soorten.drl.csv:10", "vloeren.drl.csv:10");
        });
    }

    @Test
    void everyProblemIsListedAtOnce() {
        Path rules = BrokenRules.edit(BrokenRules.copy(dir), "ladder.drl.csv", "3,3,false,,SOCIALE_BASIS", "3,3,false,,SOCIAAL");
        BrokenRules.edit(rules, "soorten.drl.csv", "WONINGAANPASSING,SPECIALISTISCH_MAATWERK", "WONINGAANPASING,SPECIALISTISCH_MAATWERK");

        assertThat(problems(rules)).extracting(LoadProblem::bestand).contains("ladder.drl.csv", "soorten.drl.csv");
    }

    @Test
    void manifestWithoutVersieIsRefused() throws Exception {
        Path rules = BrokenRules.copy(dir);
        Files.writeString(rules.resolve("regelset.json"), "{\"naam\": \"x\", \"geldigVanaf\": \"2026-01-01\"}");

        assertThat(problems(rules)).singleElement().satisfies(p -> {
            assertThat(p.bestand()).isEqualTo("regelset.json");
            assertThat(p.melding()).contains("versie");
        });
    }

    @Test
    void aFolderWithoutRulesIsRefused() {
        assertThatThrownBy(() -> Engine.builder().rules(dir.resolve("bestaat-niet")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bestaat-niet");
    }
}
