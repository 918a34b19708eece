// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** {@code --rules DIR} on every command that reads one rule set; the old positional DIR still works, unseen. */
class RulesOptionTest {
    private static final String RULES = CliRun.root().resolve("rules").toString();
    private static final String BROKEN = CliRun.root().resolve("cli").toString();

    @TestFactory
    Stream<DynamicTest> everyRuleSetCommandTakesRulesAndShowsItInItsHelp() {
        return Stream.of("decide", "validate", "replay", "docs").map(name -> DynamicTest.dynamicTest(name, () -> {
            CliRun help = CliRun.of(name, "--help");
            assertThat(help.out()).contains("--rules=DIR").contains(RegelsetOptie.UITLEG.substring(0, 40));
            assertThat(help.out()).doesNotContain("[DIR]");
        }));
    }

    @Test
    void validateReadsTheFolderGivenWithRulesAndTheOldFormAlike() {
        CliRun withOption = CliRun.of("validate", "--rules", RULES);
        CliRun oldForm = CliRun.of("validate", RULES);
        assertThat(withOption.exit()).as(withOption.err()).isZero();
        assertThat(withOption.out()).contains("(" + RULES + "): geen bevindingen.");
        assertThat(oldForm).isEqualTo(withOption);
    }

    @Test
    void validateWithRulesChecksThatFolderNotTheBuiltInOne() {
        CliRun run = CliRun.of("validate", "--rules", BROKEN);
        assertThat(run.exit()).isEqualTo(Main.BEVINDINGEN);
    }

    @Test
    void docsReadsTheFolderGivenWithRulesAndTheOldFormAlike() {
        CliRun withOption = CliRun.of("docs", "--rules", RULES);
        assertThat(withOption.exit()).as(withOption.err()).isZero();
        assertThat(withOption.out()).contains("afwegingskader-standaard");
        assertThat(CliRun.of("docs", RULES).out()).isEqualTo(withOption.out());
    }

    @Test
    void docsWithRulesOfAFolderWithoutRulesFailsToLoad() {
        CliRun run = CliRun.of("docs", "--rules", BROKEN);
        assertThat(run.exit()).isEqualTo(Main.REGELSET_FOUT);
        assertThat(run.out()).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> bothFormsAtOnceAreRefused() {
        return Stream.of("validate", "docs").map(name -> DynamicTest.dynamicTest(name, () -> {
            CliRun run = CliRun.of(name, "--rules", RULES, RULES);
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains("Geef de map van de regelset één keer, met --rules DIR");
        }));
    }

    @Test
    void decideUsesTheRuleSetGivenWithRules() {
        CliRun run = CliRun.of("decide", "--rules", BROKEN, CliRun.root().resolve("examples/aanvraag-wmo.json").toString());
        assertThat(run.exit()).isEqualTo(Main.REGELSET_FOUT);
        assertThat(List.of(run.out())).containsExactly("");
    }
}
