// SPDX-License-Identifier: EUPL-1.2
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
    /** The gemeente whose regels every aanvraag gets, whatever its own (null: its own chooses). */
    private final String vasteGemeente;
    /** The gemeenten with regels of their own in the folder, loaded or not: choosing reads this, not the plan. */
    private final java.util.Set<String> gemeentenMetRegels;

    private RuleSetVersions(VersionPlan plan, List<Loaded> versions, String vasteGemeente) {
        this.plan = plan;
        this.versions = List.copyOf(versions);
        this.vasteGemeente = vasteGemeente;
        this.gemeentenMetRegels = plan.combinations().stream().map(VersionPlan.Combination::gemeente)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The same rule sets, with this gemeente's regels for every aanvraag (the plan holds only that gemeente: {@link VersionPlan#withOnly}). */
    public RuleSetVersions forGemeente(String gemeente) {
        return new RuleSetVersions(plan, versions, gemeente);
    }

    /** Compiles every combination (through the cache unless it is null); throws {@link RuleSetProblems} naming every problem. */
    public static RuleSetVersions load(VersionPlan plan, Path cache) {
        return load(plan, cache, plan.combinations(), true);
    }

    /**
     * Compiles only what an aanvraag with this peildatum and gemeente runs on (for a process that advises once):
     * the version in force that day, with the gemeente's regels when it has them; the newest version when none is
     * in force (so the aanvraag is refused naming the versions there are).
     */
    public static RuleSetVersions loadFor(VersionPlan plan, Path cache, LocalDate peildatum, String gemeente) {
        List<VersionPlan.Combination> needed = plan.voor(peildatum, gemeente);
        if (needed.isEmpty() && !plan.periods().isEmpty()) {
            needed = List.of(plan.periods().get(plan.periods().size() - 1).basis());
        }
        return load(plan, cache, needed.isEmpty() ? plan.combinations() : needed, false);
    }

    /** {@code alfanetwerk}: with compiled alpha networks, for a process that advises many times ({@link RuleSetLoader#load}). */
    private static RuleSetVersions load(VersionPlan plan, Path cache, List<VersionPlan.Combination> combinations, boolean alfanetwerk) {
        List<LoadProblem> problems = new ArrayList<>(plan.problemen());
        Map<VersionPlan.Combination, List<LoadProblem>> failed = new LinkedHashMap<>();
        Map<VersionPlan.Combination, LoadedRuleSet> loaded = new LinkedHashMap<>();
        // The rule sets are independent of each other: loaded side by side on every core (four by default, the
        // better part of a service's start), then taken in the plan's order, so the result and the problems' order
        // are those of loading them one by one.
        List<Object> results = combinations.parallelStream().map(c -> {
            try {
                return (Object) (cache == null ? RuleSetLoader.load(c.parsed()) : RuleSetLoader.load(c.source(), c::parsed, cache, alfanetwerk));
            } catch (RuleSetProblems e) {
                return e;
            }
        }).toList();
        for (int i = 0; i < combinations.size(); i++) {
            if (results.get(i) instanceof LoadedRuleSet ruleSet) {
                loaded.put(combinations.get(i), ruleSet);
            } else {
                failed.put(combinations.get(i), ((RuleSetProblems) results.get(i)).problems());
            }
        }
        problems.addAll(VersionPlan.merged(failed));
        if (!problems.isEmpty()) {
            throw new RuleSetProblems(problems);
        }
        List<Loaded> versions = new ArrayList<>();
        for (VersionPlan.Period period : plan.periods()) {
            if (!loaded.containsKey(period.basis())) {
                continue; // not asked for: loadFor
            }
            Map<String, LoadedRuleSet> gemeenten = new LinkedHashMap<>();
            loaded.forEach((c, set) -> {
                if (c.gemeente() != null && c.version().equals(period.basis().version())) {
                    gemeenten.put(c.gemeente(), set);
                }
            });
            versions.add(new Loaded(period, loaded.get(period.basis()), Map.copyOf(gemeenten)));
        }
        return new RuleSetVersions(plan, versions, null);
    }

    /** The rule set for this peildatum and gemeente (null: none of its own); null when no version is in force that day. */
    public LoadedRuleSet choose(LocalDate peildatum, String eigenGemeente) {
        String gemeente = vasteGemeente != null ? vasteGemeente : eigenGemeente;
        VersionPlan.Period period = plan.periods().stream().filter(p -> p.covers(peildatum)).findFirst().orElse(null);
        if (period == null) {
            return null;
        }
        Loaded version = versions.stream().filter(v -> v.period().equals(period)).findFirst().orElse(null);
        boolean ownRegels = gemeente != null && gemeentenMetRegels.contains(gemeente);
        if (version == null || ownRegels && !version.gemeenten().containsKey(gemeente)) {
            // Loaded for one aanvraag (loadFor): another day or gemeente needs rules this engine did not load.
            throw new IllegalStateException("Deze engine is geladen voor één peildatum en gemeente; voor " + peildatum
                    + (gemeente == null ? "" : " en gemeente " + gemeente) + " is een engine met de hele regelmap nodig");
        }
        return ownRegels ? version.gemeenten().get(gemeente) : version.basis();
    }

    /** Every version and when it is in force, for a message. */
    public String geldigheid() {
        return plan.geldigheid();
    }

    /** The version that starts last, without gemeenteregels: what {@code Engine.regels()} and the documentation show by default. */
    public LoadedRuleSet newest() {
        return versions.get(versions.size() - 1).basis();
    }

    /** The last day this rule set is in force (its version's geldigTot, or the day before the next version starts); null: no end. */
    public LocalDate tot(LoadedRuleSet set) {
        for (Loaded version : versions) {
            if (version.basis() == set || version.gemeenten().containsValue(set)) {
                return version.period().tot();
            }
        }
        throw new IllegalArgumentException("geen regelset van deze versies");
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
