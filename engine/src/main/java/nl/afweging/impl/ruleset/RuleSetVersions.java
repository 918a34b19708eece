package nl.afweging.impl.ruleset;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.afweging.model.LoadProblem;

/**
 * Every rule set of a rules folder, compiled: each version, and each version with each gemeente's regels. The
 * aanvraag's peildatum chooses the version and its gemeente the regels on top ({@link #choose}); nothing reads the
 * clock. Loading compiles every combination, so a folder that loads advises on every day it covers, for every gemeente.
 */
public final class RuleSetVersions {
    /** A version in force from {@code vanaf} up to and including {@code tot} (null: no end), with its gemeenten. */
    private record Loaded(VersionPlan.Period period, LoadedRuleSet basis, Map<String, LoadedRuleSet> gemeenten) {}

    private final VersionPlan plan;
    private final List<Loaded> versions;

    private RuleSetVersions(VersionPlan plan, List<Loaded> versions) {
        this.plan = plan;
        this.versions = List.copyOf(versions);
    }

    /** Compiles every combination (through the cache unless it is null); throws {@link RuleSetProblems} naming every problem. */
    public static RuleSetVersions load(VersionPlan plan, Path cache) {
        List<LoadProblem> problems = new ArrayList<>(plan.problemen());
        Map<VersionPlan.Combination, List<LoadProblem>> failed = new LinkedHashMap<>();
        Map<VersionPlan.Combination, LoadedRuleSet> loaded = new LinkedHashMap<>();
        for (VersionPlan.Combination c : plan.combinations()) {
            try {
                loaded.put(c, cache == null ? RuleSetLoader.load(c.parsed()) : RuleSetLoader.load(c.parsed(), cache));
            } catch (RuleSetProblems e) {
                failed.put(c, e.problems());
            }
        }
        problems.addAll(VersionPlan.merged(failed));
        if (!problems.isEmpty()) {
            throw new RuleSetProblems(problems);
        }
        List<Loaded> versions = new ArrayList<>();
        for (VersionPlan.Period period : plan.periods()) {
            Map<String, LoadedRuleSet> gemeenten = new LinkedHashMap<>();
            loaded.forEach((c, set) -> {
                if (c.gemeente() != null && c.version().equals(period.basis().version())) {
                    gemeenten.put(c.gemeente(), set);
                }
            });
            versions.add(new Loaded(period, loaded.get(period.basis()), Map.copyOf(gemeenten)));
        }
        return new RuleSetVersions(plan, versions);
    }

    /** The rule set for this peildatum and gemeente (null: none of its own); null when no version is in force that day. */
    public LoadedRuleSet choose(LocalDate peildatum, String gemeente) {
        for (Loaded version : versions) {
            if (version.period().covers(peildatum)) {
                LoadedRuleSet own = gemeente == null ? null : version.gemeenten().get(gemeente);
                return own != null ? own : version.basis();
            }
        }
        return null;
    }

    /** Every version and when it is in force, for a message. */
    public String geldigheid() {
        return plan.geldigheid();
    }

    /** The version that starts last, without gemeenteregels: what {@code Engine.regels()} and the documentation show by default. */
    public LoadedRuleSet newest() {
        return versions.get(versions.size() - 1).basis();
    }

    /** Every rule set: each version by start date, each followed by its gemeenten by code. */
    public List<LoadedRuleSet> all() {
        List<LoadedRuleSet> all = new ArrayList<>();
        for (Loaded version : versions) {
            all.add(version.basis());
            version.gemeenten().entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).forEach(all::add);
        }
        return all;
    }
}
