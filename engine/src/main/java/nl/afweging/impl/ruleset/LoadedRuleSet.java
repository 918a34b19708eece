// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import nl.afweging.feiten.Parameter;
import nl.afweging.feiten.Parameters;
import nl.afweging.model.Regel;
import nl.afweging.model.Regelset;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A compiled rule set: a pool of sessions on its KieBase (built once, shared by every evaluation), and what is
 * known of its rules, looked up by Drools rule name and by id. {@code beschrijving} is the manifest's
 * optional description (null when absent).
 */
public final class LoadedRuleSet {
    /** Made at the first advice, after the compiled alpha networks are in place: no session may exist before. */
    private volatile KieSessionsPool sessions;
    private final KieBase kieBase;
    private final Regelset regelset;
    private final String beschrijving;
    private final Map<String, RuleInfo> regels;
    private final Map<String, VoorzieningInfo> catalogus;
    private final Map<String, Integer> parameters;
    private final List<Object> parameterFeiten;
    private final boolean uitCache;
    private final Supplier<Set<String>> alfanetwerk;
    private Set<String> alfanetwerken;

    public LoadedRuleSet(KieBase kieBase, Regelset regelset, String beschrijving, Map<String, RuleInfo> regels,
                         Map<String, VoorzieningInfo> catalogus, Map<String, Integer> parameters,
                         Set<Class<?>> gematcht, boolean uitCache, Supplier<Set<String>> alfanetwerk) {
        this.kieBase = kieBase;
        this.regelset = regelset;
        this.beschrijving = beschrijving;
        this.regels = Map.copyOf(regels);
        this.catalogus = Map.copyOf(catalogus);
        // By name, so the facts go into every session in the same order, in every JVM.
        this.parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
        // Immutable, so one set of objects serves every session. Only the form the rules read: a fact no pattern
        // matches would still be inserted, stored and reset in every evaluation.
        List<Object> feiten = new ArrayList<>();
        if (matches(gematcht, Parameter.class)) {
            this.parameters.forEach((naam, waarde) -> feiten.add(new Parameter(naam, waarde)));
        }
        if (matches(gematcht, Parameters.class)) {
            feiten.add(new Parameters(this.parameters));
        }
        this.parameterFeiten = List.copyOf(feiten);
        this.uitCache = uitCache;
        this.alfanetwerk = alfanetwerk;
    }

    /** Whether a pattern of one of {@code types} matches a fact of {@code fact} (also a pattern of a supertype). */
    static boolean matches(Set<Class<?>> types, Class<?> fact) {
        return types.stream().anyMatch(type -> type.isAssignableFrom(fact));
    }

    /** Sessions for evaluations: each stateless session from here borrows a pooled session per execute. */
    public KieSessionsPool sessions() {
        KieSessionsPool pool = sessions;
        return pool != null ? pool : prepare();
    }

    /** Once, before the first session: the compiled alpha networks in place, then the pool. */
    private synchronized KieSessionsPool prepare() {
        if (sessions == null) {
            alfanetwerken = Set.copyOf(alfanetwerk.get());
            // Creating a session per evaluation is a large share of a small rule set's cost; the pool resets and
            // reuses them (it grows when more threads ask at once).
            sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        }
        return sessions;
    }

    /** The compiled rules the sessions run, for the checks that read them ({@link LoopCheck}). */
    KieBase kieBase() {
        return kieBase;
    }

    public Regelset regelset() {
        return regelset;
    }

    public String beschrijving() {
        return beschrijving;
    }

    /** Whether the compiled rules were read from a cache folder rather than compiled by this load. */
    public boolean uitCache() {
        return uitCache;
    }

    /**
     * The fact types whose alpha network runs as compiled Java ({@link AlphaNetwork}); empty without a cache. Puts
     * them in place when no advice has done so yet.
     */
    public synchronized Set<String> alfanetwerken() {
        prepare();
        return alfanetwerken;
    }

    /** Every rule, by its Drools rule name. */
    public Map<String, RuleInfo> regels() {
        return regels;
    }

    public Map<String, VoorzieningInfo> catalogus() {
        return catalogus;
    }

    /** Every parameter's value, by name in alphabetical order. */
    public Map<String, Integer> parameters() {
        return parameters;
    }

    /**
     * The parameters as the facts every evaluation starts with (see {@link ParameterReader}): a {@link Parameter} for
     * each when a rule reads those, one {@link Parameters} when a rule reads that, none when no rule reads either.
     */
    public List<Object> parameterFeiten() {
        return parameterFeiten;
    }

    public RuleInfo regel(String ruleName) {
        RuleInfo info = regels.get(ruleName);
        if (info == null) {
            throw new IllegalStateException("Onbekende regel " + ruleName);
        }
        return info;
    }

    /** Every rule as the public API describes it, in the order of its files and lines (as the engine and the docs list them). */
    public List<Regel> regelsInBronvolgorde() {
        return regels.values().stream().sorted(Comparator.comparing(RuleInfo::plaats)).map(RuleInfo::beschrijving).toList();
    }
}
