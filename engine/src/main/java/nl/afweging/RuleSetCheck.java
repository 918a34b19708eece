// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.afweging.impl.ruleset.KnownVersions;
import nl.afweging.impl.ruleset.LoadedRuleSet;
import nl.afweging.impl.ruleset.LoopCheck;
import nl.afweging.impl.ruleset.RuleFolder;
import nl.afweging.impl.ruleset.RuleSetLoader;
import nl.afweging.impl.ruleset.RuleSetProblems;
import nl.afweging.impl.ruleset.VersionPlan;
import nl.afweging.impl.ruleset.tables.DecisionTable;
import nl.afweging.impl.ruleset.tables.TableAnalysis;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.Regelset;

/**
 * Checks a rules folder before it goes live ({@code ./afweging validate}): every version, and every version with each
 * gemeente's regels on top. It finds every compile error, every rule without id, naam, grondslag or uitleg, every
 * duplicate id, every cell that does not fit its column, every parameter value that is not a whole number or lies
 * outside its bounds, for each decision table with a {@code HitPolicy} every gap and overlap, each with a concrete
 * example input, (once the rule set loads) every rule that can fire itself forever, versions in force on the same day
 * or with days between them, and a version that keeps the naam and versie of a different rule set used before. Each
 * finding names its file and line, or table row and column. Whatever else stops the check (a parser out of stack on
 * an expression nested too deep, the memory full) is a finding too ({@code LADEN_MISLUKT}). No rule is fired.
 */
public final class RuleSetCheck {
    private static final Comparator<LoadProblem> BY_PLACE = Comparator
            .comparing((LoadProblem p) -> p.bestand() == null ? "" : p.bestand())
            .thenComparingInt(LoadProblem::regelnummer);

    /**
     * What a check found: {@code regelset} is the newest version (null when none loaded), {@code regelsets} every
     * version and version with gemeenteregels that loaded.
     */
    public record Result(String bron, Regelset regelset, List<LoadProblem> bevindingen, List<Regelset> regelsets) {
        /**
         * True when nothing was found.
         *
         * @return whether the check found nothing
         */
        public boolean isSchoon() {
            return bevindingen.isEmpty();
        }
    }

    private RuleSetCheck() {}

    /**
     * Checks the rules folder (a copy of the repository's {@code rules/}, for instance).
     *
     * @param folder the rules folder
     * @return what the check found
     */
    public static Result check(Path folder) {
        return check(folder, List.of());
    }

    /**
     * Checks the rules folder, and that no version keeps the naam and versie of a different rule set recorded in
     * {@code bekend}: audit logs, saved advices (JSON or JSON Lines with a {@code regelset}) or folders of them.
     *
     * @param folder the rules folder
     * @param bekend files or folders with recorded rule sets
     * @return what the check found
     */
    public static Result check(Path folder, List<Path> bekend) {
        return check(RuleFolder.fromDirectory(folder), bekend, null);
    }

    /**
     * Checks the rules folder as {@link #check(Path, List)} does, compiling with a folder of compiled rule sets (as
     * {@link Engine.Builder#cache} does): a rule set this engine compiled before, from the same files, is taken from
     * it, and one it compiles now is kept there, so a check after a change compiles only what changed.
     *
     * @param folder the rules folder
     * @param bekend files or folders with recorded rule sets
     * @param cache the folder of compiled rule sets; null for none
     * @return what the check found
     */
    public static Result check(Path folder, List<Path> bekend, Path cache) {
        return check(RuleFolder.fromDirectory(folder), bekend, cache);
    }

    /**
     * Checks the default afwegingskader built into the library.
     *
     * @return what the check found
     */
    public static Result checkDefault() {
        return checkDefault(List.of());
    }

    /**
     * Checks the default afwegingskader built into the library against the rule sets recorded in {@code bekend}.
     *
     * @param bekend files or folders with recorded rule sets
     * @return what the check found
     */
    public static Result checkDefault(List<Path> bekend) {
        return checkDefault(bekend, null);
    }

    /**
     * Checks the default afwegingskader as {@link #checkDefault(List)} does, with a folder of compiled rule sets.
     *
     * @param bekend files or folders with recorded rule sets
     * @param cache the folder of compiled rule sets; null for none
     * @return what the check found
     */
    public static Result checkDefault(List<Path> bekend, Path cache) {
        return check(RuleFolder.fromClasspath(RuleFolder.DEFAULT_CLASSPATH_ROOT), bekend, cache);
    }

    /** Loads every combination as the engine would, then checks its rules for loops and each decision table of the same reading. */
    private static Result check(RuleFolder folder, List<Path> bekend, Path cache) {
        try {
            return checkAll(folder, bekend, cache);
        } catch (Throwable e) {
            // What stops the check before it knows the combinations (a parser out of stack, say) is its one finding.
            return new Result(folder.beschrijving(), null, List.of(LoadFailure.problem(e)), List.of());
        }
    }

    private static Result checkAll(RuleFolder folder, List<Path> bekend, Path cache) {
        VersionPlan plan = VersionPlan.of(folder);
        List<LoadProblem> findings = new ArrayList<>(plan.problemen());
        findings.addAll(plan.gaten());
        Map<VersionPlan.Combination, List<LoadProblem>> found = new LinkedHashMap<>();
        List<Regelset> loaded = new ArrayList<>();
        for (VersionPlan.Combination c : plan.combinations()) {
            List<LoadProblem> problems = new ArrayList<>();
            try {
                LoadedRuleSet set = cache == null ? RuleSetLoader.load(c.parsed()) : RuleSetLoader.load(c.parsed(), cache, false);
                loaded.add(set.regelset());
                problems.addAll(LoopCheck.check(c.parsed(), set));
            } catch (RuleSetProblems failure) {
                problems.addAll(failure.problems());
            } catch (Throwable e) {
                problems.add(LoadFailure.problem(e));
            }
            try {
                for (List<DecisionTable> tables : c.parsed().tabellen().values()) {
                    for (DecisionTable table : tables) {
                        problems.addAll(TableAnalysis.analyse(table));
                    }
                }
            } catch (Throwable e) {
                problems.add(LoadFailure.problem(e));
            }
            found.put(c, problems);
        }
        findings.addAll(VersionPlan.merged(found));
        findings.addAll(KnownVersions.read(bekend).check(plan, loaded));
        findings.sort(BY_PLACE);
        Regelset newest = plan.periods().isEmpty() ? null : loaded.stream()
                .filter(r -> r.gemeente() == null && r.hash().equals(plan.periods().get(plan.periods().size() - 1).basis().parsed().hash()))
                .findFirst().orElse(null);
        return new Result(plan.beschrijving(), newest, List.copyOf(findings), List.copyOf(loaded));
    }
}
