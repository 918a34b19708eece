package nl.afweging.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.afweging.feiten.Parameter;
import nl.afweging.model.Regel;
import nl.afweging.model.Regelset;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A compiled rule set: the KieBase (built once, shared by every evaluation), a pool of sessions on it, and
 * what is known of its rules, looked up by Drools rule name and by id. {@code beschrijving} is the manifest's
 * optional description (null when absent).
 */
public final class LoadedRuleSet {
    /** File name, then line: "ladder.drl.csv:9" before "ladder.drl.csv:10". */
    private static final Comparator<Regel> BY_SOURCE = Comparator
            .comparing((Regel r) -> r.bron().replaceFirst(":\\d+$", ""))
            .thenComparingInt(r -> r.bron().matches(".*:\\d+$") ? Integer.parseInt(r.bron().replaceFirst(".*:", "")) : 0);

    private final KieBase kieBase;
    private final KieSessionsPool sessions;
    private final Regelset regelset;
    private final String beschrijving;
    private final Map<String, RegelInfo> regels;
    private final Map<String, RegelInfo> perId;
    private final Map<String, RegelTeksten> teksten;
    private final Map<String, VoorzieningInfo> catalogus;
    private final Map<String, Integer> parameters;
    private final List<Parameter> parameterFeiten;
    private final boolean uitCache;

    public LoadedRuleSet(KieContainer container, Regelset regelset, String beschrijving, Map<String, RegelInfo> regels,
                         Map<String, VoorzieningInfo> catalogus, Map<String, Integer> parameters, boolean uitCache) {
        this.kieBase = container.getKieBase();
        // Creating a session per evaluation is a large share of a small rule set's cost; the pool resets and
        // reuses them (it grows when more threads ask at once).
        this.sessions = container.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.regelset = regelset;
        this.beschrijving = beschrijving;
        this.regels = Map.copyOf(regels);
        this.catalogus = Map.copyOf(catalogus);
        this.parameters = Map.copyOf(parameters);
        // Immutable, so one set of objects serves every session.
        this.parameterFeiten = parameters.entrySet().stream().map(e -> new Parameter(e.getKey(), e.getValue())).toList();
        this.uitCache = uitCache;
        Map<String, RegelInfo> byId = new HashMap<>();
        regels.values().forEach(r -> {
            if (r.id() != null) {
                byId.putIfAbsent(r.id(), r);
            }
        });
        this.perId = Map.copyOf(byId);
        Map<String, RegelTeksten> phrases = new HashMap<>();
        regels.forEach((ruleName, r) -> {
            if (r.id() != null) {
                phrases.put(ruleName, RegelTeksten.van(r));
            }
        });
        this.teksten = Map.copyOf(phrases);
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /** Sessions for evaluations: each stateless session from here borrows a pooled session per execute. */
    public KieSessionsPool sessions() {
        return sessions;
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

    /** Every rule, by its Drools rule name. */
    public Map<String, RegelInfo> regels() {
        return regels;
    }

    public Map<String, VoorzieningInfo> catalogus() {
        return catalogus;
    }

    public Map<String, Integer> parameters() {
        return parameters;
    }

    /** The parameters as the facts every evaluation starts with (see {@code RuleSetLoader#readParameters}). */
    List<Parameter> parameterFeiten() {
        return parameterFeiten;
    }

    RegelInfo regel(String ruleName) {
        RegelInfo info = regels.get(ruleName);
        if (info == null) {
            throw new IllegalStateException("Onbekende regel " + ruleName);
        }
        return info;
    }

    /** The phrases of a rule with an id (see {@link RegelTeksten}). */
    RegelTeksten teksten(String ruleName) {
        return teksten.get(ruleName);
    }

    /** The rule with this id, or null. */
    RegelInfo regelMetId(String id) {
        return perId.get(id);
    }

    /** Every rule as the public API describes it, in the order of its files and lines (as the engine and the docs list them). */
    public List<Regel> regelsInBronvolgorde() {
        return regels.values().stream().map(RegelInfo::beschrijving).sorted(BY_SOURCE).toList();
    }
}
