package nl.afweging;

import nl.afweging.model.Fout;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.afweging.impl.contract.AanvraagValidator;
import nl.afweging.impl.support.EngineBuild;
import nl.afweging.impl.evaluation.Evaluator;
import nl.afweging.impl.ruleset.LoadedRuleSet;
import nl.afweging.impl.ruleset.RuleSetLoader;
import nl.afweging.impl.ruleset.RuleSource;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Advies;
import nl.afweging.model.Regel;
import nl.afweging.model.Regelset;

/**
 * The afweging engine: one loaded afwegingskader that turns an {@link Aanvraag} into an explained
 * {@link Advies}. Immutable and thread-safe: build it once (loading compiles the rule set, which takes
 * seconds) and share it; every evaluation uses its own session.
 *
 * <pre>{@code
 * Engine engine = Engine.builder().build();                 // the default afwegingskader
 * Engine custom = Engine.builder().rules(Path.of("rules")).build();
 * Advies advies = engine.evaluate(aanvraagJson);
 * }</pre>
 */
public final class Engine {
    private static final String VERSIE = EngineBuild.versie();

    private final LoadedRuleSet ruleSet;
    private final Evaluator evaluator;
    private final AuditLog auditLog;
    private final List<Regel> regels;

    private Engine(LoadedRuleSet ruleSet, AuditLog auditLog) {
        this.ruleSet = ruleSet;
        this.evaluator = new Evaluator(ruleSet, VERSIE);
        this.auditLog = auditLog;
        this.regels = ruleSet.regelsInBronvolgorde();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Configures and loads an {@link Engine}. */
    public static final class Builder {
        private Path rules;
        private AuditLog auditLog;
        private Path cache;

        private Builder() {}

        /** Loads the rule set from this folder (for instance a copy of the repository's {@code rules/}). */
        public Builder rules(Path folder) {
            this.rules = folder;
            return this;
        }

        /**
         * Appends an audit record for every advice to this log, forced to disk before the advice is returned;
         * when the record cannot be written, the call throws {@link AuditLogException} instead of advising.
         */
        public Builder audit(AuditLog log) {
            this.auditLog = log;
            return this;
        }

        /**
         * Keeps compiled rule sets in this folder, so the next load of the same rule set (same files, same
         * engine) reads the compiled form instead of compiling again: a fraction of a second instead of
         * seconds, for processes that start often. Entries are keyed by content hash, so a changed rule file
         * is compiled anew; the folder may be shared and emptied at any time. Without it, nothing is written.
         */
        public Builder cache(Path folder) {
            this.cache = folder;
            return this;
        }

        /**
         * Loads and compiles the rule set. Throws {@link RuleSetLoadException} naming every problem with its
         * file and line (or table row and column).
         */
        public Engine build() {
            RuleSource source = rules == null
                    ? RuleSource.fromClasspath(RuleSource.DEFAULT_CLASSPATH_ROOT)
                    : RuleSource.fromDirectory(rules);
            return new Engine(cache == null ? RuleSetLoader.load(source) : RuleSetLoader.load(source, cache), auditLog);
        }
    }

    /**
     * Advises on one aanvraag. The aanvraag is checked against the contract first; when it is not valid,
     * {@link InvalidAanvraagException} lists every problem and nothing is decided.
     */
    public Advies evaluate(Aanvraag aanvraag) {
        // The record is checked through its accessors, with the problems its JSON form would have, without writing it.
        List<Fout> fouten = AanvraagValidator.valideer(aanvraag);
        if (!fouten.isEmpty()) {
            throw new InvalidAanvraagException(fouten);
        }
        return evaluateValid(aanvraag);
    }

    /** Reads, validates and advises on one aanvraag in JSON. */
    public Advies evaluate(String aanvraagJson) {
        return evaluateValid(Json.readAanvraag(aanvraagJson));
    }

    /** JSON in, JSON out (compact). */
    public String evaluateToJson(String aanvraagJson) {
        return Json.write(evaluate(aanvraagJson));
    }

    /** Which rule set this engine runs: naam, versie, geldigVanaf and content hash. */
    public Regelset regelset() {
        return ruleSet.regelset();
    }

    /** Every rule of the loaded rule set, in the order of its files and lines. */
    public List<Regel> regels() {
        return regels;
    }

    /**
     * The current value of every parameter of the rule set (a threshold or term from its parameter table), by
     * name, sorted: {@code meervoudigVanaf=3, ...}. Each parameter is also a {@link Regel} of soort PARAMETER,
     * whose id is this name and which gives its naam, uitleg, grondslag and bron.
     */
    public Map<String, Integer> parameters() {
        return ruleSet.parameters();
    }

    /** The version of this library, as every advies reports it. */
    public static String versie() {
        return VERSIE;
    }

    private Advies evaluateValid(Aanvraag aanvraag) {
        Regelset r = ruleSet.regelset();
        if (aanvraag.peildatum().isBefore(r.geldigVanaf())) {
            throw new InvalidAanvraagException(List.of(new Fout("/peildatum",
                    aanvraag.peildatum() + ", voor de regelset " + r.naam() + " " + r.versie() + " gold",
                    "een peildatum op of na " + r.geldigVanaf())));
        }
        Advies advies = evaluator.evaluate(aanvraag);
        if (auditLog != null) {
            auditLog.append(aanvraag, advies);
        }
        return advies;
    }
}
