// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.afweging.model.LoadProblem;

/**
 * A rule set compiled into a cache folder without the checks, as a bug in a check would let one through: for the tests
 * of what the run-time bounds do when a rule gets that far. The engine trusts a proved cache entry (it was compiled
 * after the checks), so an engine with this cache folder loads the rules as compiled here.
 */
public final class PastTheChecks {
    private PastTheChecks() {}

    public static void compileInto(Path rules, Path cache) {
        CompiledRuleSetCache entries = CompiledRuleSetCache.in(cache).orElseThrow();
        List<LoadProblem> problems = new ArrayList<>();
        RuleCompiler.Compiled compiled = RuleCompiler.compile(ParsedRuleSet.of(RuleSource.fromDirectory(rules)), entries, problems, false);
        if (!problems.isEmpty() || !compiled.bewaard()) {
            throw new IllegalStateException("niet gecompileerd in de cache: " + problems);
        }
    }
}
