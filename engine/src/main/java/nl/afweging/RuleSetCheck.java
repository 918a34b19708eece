package nl.afweging;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.afweging.impl.ruleset.LoadedRuleSet;
import nl.afweging.impl.ruleset.LoopCheck;
import nl.afweging.impl.ruleset.ParsedRuleSet;
import nl.afweging.impl.ruleset.RuleSetLoader;
import nl.afweging.impl.ruleset.RuleSetProblems;
import nl.afweging.impl.ruleset.RuleSource;
import nl.afweging.impl.ruleset.tables.DecisionTable;
import nl.afweging.impl.ruleset.tables.TableAnalysis;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.Regelset;

/**
 * Checks a rule set before it goes live ({@code ./afweging validate}): every compile error, every rule
 * without id, naam, grondslag or uitleg, every duplicate id, every parameter value that is not a whole number,
 * for each decision table with a {@code HitPolicy} every gap and overlap, each with a concrete example input, and
 * (once the rule set loads) every rule that can fire itself forever. Each finding names its file and line, or
 * table row and column. No rule is fired.
 */
public final class RuleSetCheck {
    private static final Comparator<LoadProblem> BY_PLACE = Comparator
            .comparing((LoadProblem p) -> p.bestand() == null ? "" : p.bestand())
            .thenComparingInt(LoadProblem::regelnummer);

    /** What a check found; {@code regelset} is null when the rule set did not load. */
    public record Result(String bron, Regelset regelset, List<LoadProblem> bevindingen) {
        public boolean isSchoon() {
            return bevindingen.isEmpty();
        }
    }

    private RuleSetCheck() {}

    /** Checks the rule set in a folder (a copy of the repository's {@code rules/}, for instance). */
    public static Result check(Path folder) {
        return check(RuleSource.fromDirectory(folder));
    }

    /** Checks the default afwegingskader built into the library. */
    public static Result checkDefault() {
        return check(RuleSource.fromClasspath(RuleSource.DEFAULT_CLASSPATH_ROOT));
    }

    /** Loads the rule set as the engine would, then checks its rules for loops and each decision table of the same reading. */
    private static Result check(RuleSource source) {
        ParsedRuleSet parsed = ParsedRuleSet.of(source);
        List<LoadProblem> findings = new ArrayList<>();
        Regelset regelset = null;
        try {
            LoadedRuleSet loaded = RuleSetLoader.load(parsed);
            regelset = loaded.regelset();
            findings.addAll(LoopCheck.check(parsed, loaded));
        } catch (RuleSetProblems failure) {
            findings.addAll(failure.problems());
        }
        for (List<DecisionTable> tables : parsed.tabellen().values()) {
            for (DecisionTable table : tables) {
                findings.addAll(TableAnalysis.analyse(table));
            }
        }
        findings.sort(BY_PLACE);
        return new Result(parsed.beschrijving(), regelset, List.copyOf(findings));
    }
}
