// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.afweging.model.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A proved cache entry skips the code check, so whatever that check finds must stop the load before anything is
 * compiled and kept: a rule that reads a parameter where the engine cannot see which (not a refusal of unsafe code, but
 * a finding of the same check) is refused on the second load with a cache as on the first.
 */
class RefusedRulesAreNeverCachedTest {
    @TempDir
    Path dir;

    @Test
    void aCodeFindingIsGivenAgainOnTheNextLoadWithTheSameCache() throws Exception {
        Path rules = BrokenRules.edit(BrokenRules.copy(Files.createDirectories(dir.resolve("regels"))), "samenhang.drl",
                "    Parameter(naam == \"meervoudigVanaf\", $vanaf : waarde)\n    Profiel(aantalTotEnMet(3) >= $vanaf)\n",
                "    $parameters : Parameters()\n    $p : Profiel()\n"
                        + "    eval($p.aantalTotEnMet(3) >= $parameters.waarde(\"meervoudigVanaf\"))\n");
        Path cache = Files.createDirectories(dir.resolve("cache"));
        for (String load : new String[] {"first", "second"}) {
            RuleSetLoadException refused = catchThrowableOfType(() -> Engine.builder().rules(rules).cache(cache).build(),
                    RuleSetLoadException.class);
            assertThat(refused).as(load + " load").isNotNull();
            assertThat(refused.problems()).as(load + " load").extracting(p -> p.code()).containsExactly(ProblemCode.PARAMETER_ONBEKEND);
        }
    }
}
