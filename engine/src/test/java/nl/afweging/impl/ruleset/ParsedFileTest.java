// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A gemeente's DRL is renamed, and a version's DRL loses the rules a gemeente replaces, at the places Drools' parser
 * gives, not by lines: two rules on one line, a name in single quotes, a name without quotes and a name with an
 * escaped quote come out as Drools reads them.
 */
class ParsedFileTest {
    private static final String DRL = """
            package nl.afweging.regels;
            rule "A" when then end rule B when then end
            rule 'C' when
            then end
            rule "D \\"x\\"" when then end
            """;

    @Test
    void everyRuleIsRenamedWhereDroolsReadsItsName() {
        ParsedFile renamed = ParsedFile.drl("gemeenten/1728/eigen.drl", DRL).renamed("1728 ");

        assertThat(DrlRules.in(renamed.drl())).extracting(DrlRules.Rule::naam)
                .containsExactly("1728 A", "1728 B", "1728 C", "1728 D \"x\"");
        assertThat(renamed.regels()).extracting(ParsedRule::naam).containsExactly("1728 A", "1728 B", "1728 C", "1728 D \"x\"");
        assertThat(renamed.drl().lines().count()).isEqualTo(DRL.lines().count());
    }

    @Test
    void aReplacedRuleGoesAndTheRuleOnItsLineStaysAtItsLine() {
        ParsedFile without = ParsedFile.drl("stappen.drl", DRL).without(Set.of("A", "C"));

        assertThat(DrlRules.in(without.drl())).extracting(DrlRules.Rule::naam).containsExactly("B", "D \"x\"");
        assertThat(DrlRules.in(without.drl())).extracting(DrlRules.Rule::regel).containsExactly(2, 5);
        assertThat(without.regels()).extracting(ParsedRule::naam).containsExactly("B", "D \"x\"");
        assertThat(without.drl().lines().count()).isEqualTo(DRL.lines().count());
    }
}
