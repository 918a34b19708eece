// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.afweging.impl.contract.AanvraagInput;
import nl.afweging.impl.contract.AanvraagValidator;
import nl.afweging.impl.evaluation.EvaluationFailure;
import nl.afweging.impl.evaluation.Evaluator;
import nl.afweging.impl.evaluation.Guards;
import nl.afweging.impl.evaluation.InOrder;
import nl.afweging.impl.evaluation.JsonLines;
import nl.afweging.impl.ruleset.LoadedRuleSet;
import nl.afweging.impl.ruleset.RuleFolder;
import nl.afweging.impl.ruleset.RuleSetProblems;
import nl.afweging.impl.ruleset.RuleSetVersions;
import nl.afweging.impl.ruleset.VersionPlan;
import nl.afweging.impl.support.EngineBuild;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Advies;
import nl.afweging.model.CatalogusVoorziening;
import nl.afweging.model.Kostenindicatie;
import nl.afweging.model.Fout;
import nl.afweging.model.Regel;
import nl.afweging.model.Regelset;
import nl.afweging.model.RegelsetInhoud;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    private final RuleSetVersions versions;
    private final LoadedRuleSet newest;

    /** One evaluator per rule set (version, or version with gemeenteregels), by identity. */
    private final Map<LoadedRuleSet, Evaluator> evaluators = new IdentityHashMap<>();
    private final AuditTrail auditTrail;
    private final List<Regel> regels;

    private final Guards guards;

    private Engine(RuleSetVersions versions, AuditTrail auditTrail, Guards guards) {
        this.versions = versions;
        this.newest = versions.newest();
        versions.all().forEach(set -> evaluators.put(set, new Evaluator(set, VERSIE, guards)));
        this.auditTrail = auditTrail;
        this.guards = guards;
        this.regels = newest.regelsInBronvolgorde();
    }

    /**
     * This engine with every advice recorded in {@code trail} ({@link Builder#audit}), on the same loaded rules:
     * nothing is compiled again. For a caller that writes single records itself (to learn each record's hash) and lets
     * batches write theirs in input order.
     *
     * @param trail the audit log to write to, such as {@code nl.afweging.audit.AuditLog}
     * @return a new engine on the same rules
     */
    public Engine withAudit(AuditTrail trail) {
        return new Engine(versions, java.util.Objects.requireNonNull(trail, "trail"), guards);
    }

    /**
     * A builder with the defaults: the built-in afwegingskader, no cache, no audit log.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures and loads an {@link Engine}. */
    public static final class Builder {
        private Path rules;
        private AuditTrail auditTrail;
        private Path cache;
        private LocalDate peildatum;
        private String gemeente;
        private String vasteVersie;
        private String vasteGemeente;
        private int maxFirings = Guards.DEFAULT.maxFirings();
        private Duration timeLimit = Guards.DEFAULT.timeLimit();

        private Builder() {}

        /**
         * Loads the rules from this folder (for instance a copy of the repository's {@code rules/}): one version
         * ({@code regelset.json} at the top), or one folder per version; either with gemeenteregels under
         * {@code gemeenten/CODE/}. The aanvraag's peildatum chooses the version, its gemeente the regels on top.
         *
         * @param folder the rules folder
         * @return this builder
         */
        public Builder rules(Path folder) {
            this.rules = folder;
            return this;
        }

        /**
         * Records every advice in this audit trail before the advice is returned, such as the signed log of the
         * artifact {@code afweging-audit} ({@code AuditLog.at(path, keys)}, each record forced to disk); when the
         * record cannot be written, the call throws {@link AuditLogException} instead of advising.
         *
         * @param trail the audit log
         * @return this builder
         */
        public Builder audit(AuditTrail trail) {
            this.auditTrail = trail;
            return this;
        }

        /**
         * At most this many rule firings per advice (default 10,000; an advice of the default rule set fires about
         * 25). A rule set that loops is stopped there with {@link EvaluationException} naming the rule.
         *
         * @param firings the most rule firings per advice
         * @return this builder
         */
        public Builder maxFirings(int firings) {
            this.maxFirings = firings;
            return this;
        }

        /**
         * At most this long firing rules per advice (default 2 seconds); beyond it, {@link EvaluationException}.
         *
         * @param limit the longest time per advice
         * @return this builder
         */
        public Builder timeLimit(Duration limit) {
            this.timeLimit = limit;
            return this;
        }

        /**
         * Keeps compiled rule sets in this folder, so the next load of the same rule set (same files, same
         * engine) reads the compiled form instead of compiling again: a fraction of a second instead of
         * seconds, for processes that start often. Entries are keyed by content hash, so a changed rule file
         * is compiled anew, and used only when an HMAC under the user's own key proves them (see SECURITY.md);
         * the folder may be emptied at any time, and must be writable by its owner alone. Without it, nothing
         * is written.
         *
         * @param folder the cache folder
         * @return this builder
         */
        public Builder cache(Path folder) {
            this.cache = folder;
            return this;
        }

        /**
         * Advises every aanvraag with this version of the rules folder, whatever its peildatum (to compare two
         * versions on one population, as {@code simulate} does); the peildatum still counts for what rules read, such
         * as the months since a traject. Building throws {@link IllegalArgumentException} naming the versions when the
         * folder has no such version.
         *
         * @param versie a version of the rules folder, such as {@code 2027.1}
         * @return this builder
         */
        public Builder fixedVersie(String versie) {
            this.vasteVersie = java.util.Objects.requireNonNull(versie, "versie");
            return this;
        }

        /**
         * As {@link #fixedVersie(String)}.
         *
         * @param versie a version of the rules folder, such as {@code 2027.1}
         * @return this builder
         * @deprecated since 0.3.0: {@code versie} read as a filter, which it is not; use {@link #fixedVersie(String)}
         */
        @Deprecated
        public Builder versie(String versie) {
            return fixedVersie(versie);
        }

        /**
         * Advises every aanvraag with this gemeente's regels on top, whatever its own gemeente (to see what those
         * regels
         * would do for a whole population). Building throws {@link IllegalArgumentException} when the folder has no
         * regels for it.
         *
         * @param gemeente a CBS gemeente code, such as {@code 1728}
         * @return this builder
         */
        public Builder fixedGemeente(String gemeente) {
            this.vasteGemeente = java.util.Objects.requireNonNull(gemeente, "gemeente");
            return this;
        }

        /**
         * As {@link #fixedGemeente(String)}.
         *
         * @param gemeente a CBS gemeente code, such as {@code 1728}
         * @return this builder
         * @deprecated since 0.3.0: beside {@link #onlyFor(LocalDate, String)}, whose gemeente only chooses what to load,
         *     the name said too little; use {@link #fixedGemeente(String)}
         */
        @Deprecated
        public Builder gemeente(String gemeente) {
            return fixedGemeente(gemeente);
        }

        /**
         * Loads only the rules an aanvraag with this peildatum and gemeente (null: none) runs on: the version in force
         * that day, with the gemeente's regels when it has them. For a process that advises once (the command line's
         * {@code decide}): it compiles one rule set instead of every one, and leaves out what only pays over many advices
         * (the compiled alpha networks of a cached rule set). Problems in the versions and gemeenten it
         * leaves out are not found ({@code validate} finds them), and an aanvraag for another day or gemeente throws
         * {@link IllegalStateException}.
         *
         * @param peildatum the peildatum of the aanvraag
         * @param gemeente its gemeente code, or null
         * @return this builder
         */
        public Builder onlyFor(LocalDate peildatum, String gemeente) {
            this.peildatum = java.util.Objects.requireNonNull(peildatum, "peildatum");
            this.gemeente = gemeente;
            return this;
        }

        /**
         * Loads and compiles the rule set. Throws {@link RuleSetLoadException} naming every problem with its
         * file and line (or table row and column); whatever else stops the load (a parser out of stack on an expression
         * nested too deep, the memory full) is such a problem too ({@code LADEN_MISLUKT}). May be called again: each call reads the rules folder anew and
         * gives a new engine; the builder keeps nothing of a build ({@link ReloadableEngine} relies on it).
         *
         * @return the loaded engine
         */
        public Engine build() {
            RuleFolder folder = rules == null
                    ? RuleFolder.fromClasspath(RuleFolder.DEFAULT_CLASSPATH_ROOT)
                    : RuleFolder.fromDirectory(rules);
            try {
                Guards guards = new Guards(maxFirings, timeLimit);
                VersionPlan plan = VersionPlan.of(folder);
                plan = vasteVersie == null ? plan : plan.pinned(vasteVersie);
                plan = vasteGemeente == null ? plan : plan.withOnly(vasteGemeente);
                RuleSetVersions versions = peildatum == null ? RuleSetVersions.load(plan, cache)
                        : RuleSetVersions.loadFor(plan, cache, peildatum, vasteGemeente != null ? vasteGemeente : gemeente);
                return new Engine(vasteGemeente == null ? versions : versions.forGemeente(vasteGemeente), auditTrail, guards);
            } catch (RuleSetProblems failure) {
                throw new RuleSetLoadException(failure.problems());
            } catch (IllegalArgumentException e) {
                // A version or gemeente the folder does not have: a wrong argument, as documented.
                throw e;
            } catch (Throwable e) {
                // Anything else a rule set makes happen while it loads (a parser out of stack, the memory full) is a
                // problem of that rule set, never a crash.
                throw new RuleSetLoadException(List.of(LoadFailure.problem(e)));
            }
        }
    }

    /**
     * Advises on one aanvraag. The aanvraag is checked against the contract first; when it is not valid,
     * {@link InvalidAanvraagException} lists every problem and nothing is decided.
     *
     * @param aanvraag the aanvraag
     * @return the advies
     */
    public Advies evaluate(Aanvraag aanvraag) {
        // The record is checked through its accessors, with the problems its JSON form would have, without writing it.
        Json.refuseIfAny(AanvraagValidator.valideer(aanvraag));
        return evaluateValid(aanvraag);
    }

    /**
     * Reads, validates and advises on one aanvraag in JSON.
     *
     * @param aanvraagJson one aanvraag as JSON
     * @return the advies
     */
    public Advies evaluate(String aanvraagJson) {
        return evaluateValid(Json.readAanvraag(aanvraagJson));
    }

    /**
     * JSON in, JSON out (compact).
     *
     * @param aanvraagJson one aanvraag as JSON
     * @return the advies as compact JSON
     */
    public String evaluateToJson(String aanvraagJson) {
        return Json.write(evaluate(aanvraagJson));
    }

    /**
     * The most threads a batch may use: four per processor core. More would only queue, and every thread keeps
     * lines in flight.
     *
     * @return four times the number of processors
     */
    public static int maxThreads() {
        return Runtime.getRuntime().availableProcessors() * 4;
    }

    /**
     * Advises on a stream of aanvragen in JSON Lines (one aanvraag a line, UTF-8), on {@code threads} threads
     * (1 to {@link #maxThreads()}), handing every line's outcome to {@code sink} in input order, one at a time, on
     * the calling thread. Lines end at {@code \n} ({@code \r\n} too); line N of the input gives outcome N, so a blank
     * line, a line that is no UTF-8, starts with a byte order mark or is longer than {@link Json#MAX_BYTES} gives its
     * problems like an invalid aanvraag, and the batch goes on (an over-long line is skipped without being kept).
     * With an audit log, each advice's record is on disk, in input order, before its line is handed out; a record
     * that cannot be written stops the batch with {@link AuditLogException}. Memory stays that of a few hundred
     * lines, however long the input. Returns how many lines were handed out. A read error is thrown as
     * {@link java.io.UncheckedIOException}.
     *
     * @param jsonLines the input, UTF-8
     * @param threads how many threads advise, 1 to {@link #maxThreads()}
     * @param sink receives every line's outcome, in input order
     * @return the number of lines handed out
     */
    public long evaluateLines(InputStream jsonLines, int threads, Consumer<? super BatchLine> sink) {
        checkThreads(threads);
        return run(JsonLines.of(jsonLines, this::evaluateLine), threads, sink);
    }

    /**
     * {@link #evaluateLines(InputStream, int, Consumer)} for text that is already decoded.
     *
     * @param jsonLines the input
     * @param threads how many threads advise, 1 to {@link #maxThreads()}
     * @param sink receives every line's outcome, in input order
     * @return the number of lines handed out
     */
    public long evaluateLines(Reader jsonLines, int threads, Consumer<? super BatchLine> sink) {
        checkThreads(threads);
        return run(JsonLines.of(jsonLines, this::evaluateLine), threads, sink);
    }

    private static void checkThreads(int threads) {
        if (threads < 1 || threads > maxThreads()) {
            throw new IllegalArgumentException("threads moet van 1 tot en met " + maxThreads()
                    + " zijn (4 per processorkern), niet " + threads);
        }
    }

    private long run(JsonLines<Evaluated> lines, int threads, Consumer<? super BatchLine> sink) {
        return InOrder.run(lines, threads, done -> {
            if (auditTrail != null && done.line().isAdvies()) {
                auditTrail.record(done.aanvraag(), done.line().advies());
            }
            sink.accept(done.line());
        });
    }

    /** A batch line as a worker leaves it: the outcome, and for the audit record the aanvraag it was read as. */
    private record Evaluated(BatchLine line, Aanvraag aanvraag) {}

    private static final Fout BLANK_LINE = new Fout("", "een lege regel", "één aanvraag als JSON-object op elke regel");

    /** Runs on a worker thread: no audit here, the records are appended in input order by the caller. */
    private Evaluated evaluateLine(long regelnummer, JsonLines.Line line) {
        try {
            String json = line.text();
            if (blank(json)) {
                return refused(regelnummer, List.of(BLANK_LINE), 0);
            }
            Aanvraag aanvraag = Json.readAanvraag(json);
            Advies advies = advise(aanvraag);
            return new Evaluated(new BatchLine(regelnummer, advies, List.of(), Json.write(advies)), aanvraag);
        } catch (AanvraagInput.Refused e) {
            return refused(regelnummer, e.fouten().lijst(), e.fouten().meer());
        } catch (InvalidAanvraagException e) {
            return refused(regelnummer, e.fouten(), e.meer());
        } catch (EvaluationException e) {
            // The batch goes on; this line says why it has no advice, in the contract's error shape.
            return refused(regelnummer, List.of(new Fout("", e.getMessage(), "een regelset die deze aanvraag kan afwegen")), 0);
        }
    }

    private static Evaluated refused(long regelnummer, List<Fout> fouten, long meer) {
        return new Evaluated(new BatchLine(regelnummer, null, fouten, Json.write(errorLine(regelnummer, fouten, meer)), meer), null);
    }

    /** Nothing but JSON's white space. */
    private static boolean blank(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * The contract's batch line for an invalid aanvraag: {@code {"regel": N, "fouten": [{pad, gevonden, toegestaan}]}},
     * with {@code "meer": M} when problems beyond those listed were found.
     */
    private static Map<String, Object> errorLine(long regelnummer, List<Fout> fouten, long meer) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("regel", regelnummer);
        line.put("fouten", fouten.stream().map(f -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("pad", f.pad());
            m.put("gevonden", f.gevonden());
            m.put("toegestaan", f.toegestaan());
            return m;
        }).toList());
        if (meer > 0) {
            line.put("meer", meer);
        }
        return line;
    }

    /**
     * The newest version this engine runs (the one that starts last), without gemeenteregels: naam, versie,
     * geldigVanaf and content hash. Which rule set advises on an aanvraag follows from its peildatum and gemeente:
     * see {@link #regelset(LocalDate, String)}.
     *
     * @return the newest version's naam, versie, geldigVanaf and hash
     */
    public Regelset regelset() {
        return newest.regelset();
    }

    /**
     * The rule set that advises on an aanvraag with this peildatum and gemeente (null: none): the version in force that
     * day, with the gemeente's own regels when it has them. Throws {@link InvalidAanvraagException} when no version is
     * in force that day.
     *
     * @param peildatum the aanvraag's peildatum
     * @param gemeente its gemeente code, or null
     * @return the rule set that advises on it
     */
    public Regelset regelset(LocalDate peildatum, String gemeente) {
        return chosen(peildatum, gemeente).regelset();
    }

    /**
     * Every rule set this engine runs: each version by start date, each followed by its gemeenten by code.
     *
     * @return every rule set, unmodifiable
     */
    public List<Regelset> regelsets() {
        return versions.all().stream().map(LoadedRuleSet::regelset).toList();
    }

    /**
     * Every rule set this engine runs, as {@link #regelsets()} orders them, each with the last day it is in force, its
     * description, its rules and its parameters: what an auditor reads to see what the engine can do.
     *
     * @return every rule set with its contents, unmodifiable
     */
    public List<RegelsetInhoud> inhoud() {
        return versions.all().stream().map(set -> new RegelsetInhoud(set.regelset(), versions.tot(set), set.beschrijving(),
                set.regelsInBronvolgorde(), set.parameters())).toList();
    }

    /**
     * Every rule of the newest version ({@link #regelset()}), in the order of its files and lines.
     *
     * @return the rules
     */
    public List<Regel> regels() {
        return regels;
    }

    /**
     * The value of every parameter of the newest version ({@link #regelset()}) (a threshold or term from its parameter
     * table), by
     * name, sorted: {@code meervoudigVanaf=3, ...}. Each parameter is also a {@link Regel} of soort PARAMETER,
     * whose id is this name and which gives its naam, uitleg, grondslag and bron.
     *
     * @return parameter values by name
     */
    public Map<String, Integer> parameters() {
        return newest.parameters();
    }

    /**
     * The catalogue of voorzieningen of every rule set this engine runs, by code: a code in several versions keeps the
     * newest's row; a row only a gemeente's regels add has that gemeente as its {@code gemeente}. For the simulation's
     * bundling chances: which collective offers exist, at which niveau, for which soort.
     *
     * @return the catalogue by code, unmodifiable
     */
    public List<CatalogusVoorziening> catalogus() {
        Map<String, CatalogusVoorziening> rows = new java.util.TreeMap<>();
        for (LoadedRuleSet set : versions.all()) {
            String gemeente = set.regelset().gemeente() == null ? null : set.regelset().gemeente().code();
            set.catalogus().values().forEach(v -> {
                // A gemeente's set holds the version's rows too; only the rows it adds hold for that gemeente alone.
                CatalogusVoorziening row = new CatalogusVoorziening(v.code(), v.naam(), v.niveau(), v.soort(),
                        gemeente != null ? gemeente : v.gemeente(), v.collectief(), v.productcategorie(),
                        v.bedrag() == null ? null : new Kostenindicatie(v.bedrag(), v.eenheid(), v.kostenbron()));
                if (gemeente == null) {
                    rows.put(v.code(), row);
                } else {
                    rows.putIfAbsent(v.code(), row);
                }
            });
        }
        return List.copyOf(rows.values());
    }

    /**
     * The version of this library, as every advies reports it.
     *
     * @return the version, such as {@code 0.3.0}
     */
    public static String versie() {
        return VERSIE;
    }

    private Advies evaluateValid(Aanvraag aanvraag) {
        Advies advies = advise(aanvraag);
        if (auditTrail != null) {
            auditTrail.record(aanvraag, advies);
        }
        return advies;
    }

    /** The advies on a valid aanvraag; a failing rule set becomes {@link EvaluationException} (its cause only at DEBUG). */
    private Advies advise(Aanvraag aanvraag) {
        Evaluator evaluator = evaluators.get(chosen(aanvraag.peildatum(), aanvraag.gemeente()));
        try {
            return evaluator.evaluate(aanvraag);
        } catch (EvaluationFailure e) {
            LOG.debug("Regelset faalde bij aanvraag {}", aanvraag.id(), e);
            throw new EvaluationException(e.regelId(), e.bron(), e.getMessage());
        }
    }

    /** The rule set for this peildatum and gemeente; an aanvraag whose peildatum no version covers is invalid. */
    private LoadedRuleSet chosen(LocalDate peildatum, String gemeente) {
        LoadedRuleSet chosen = versions.choose(peildatum, gemeente);
        if (chosen == null) {
            throw new InvalidAanvraagException(List.of(new Fout("/peildatum",
                    peildatum + ", een dag waarop geen versie van de regelset geldt",
                    "een peildatum waarop een versie geldt: " + versions.geldigheid())));
        }
        return chosen;
    }
}
