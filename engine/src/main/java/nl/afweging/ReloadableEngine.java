// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import nl.afweging.impl.support.FolderWatch;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Advies;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.Regelset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link Engine} whose rules can be loaded anew while it runs, for a process that must not stop to take changed
 * rules (a service). {@link #reload()} builds a new engine with the same {@link Engine.Builder} (the same rules folder,
 * cache, audit log and guards) and, only when it loads, puts it in place of the current one at once; when it does not
 * load, the current engine stays and keeps advising.
 *
 * <p>Take the engine <em>once</em> per advice, with {@link #current()}, and use that one for everything the advice
 * needs: an advice then never mixes two rule sets, and an advice under way when the rules change finishes on the
 * engine it took.
 *
 * <pre>{@code
 * ReloadableEngine regels = ReloadableEngine.load(Engine.builder().rules(Path.of("rules")).cache(cache));
 * AutoCloseable bewaking = regels.watch(Path.of("rules"), Duration.ofSeconds(2)); // optional
 *
 * Engine engine = regels.current();                         // once per advice ...
 * Advies advies = engine.evaluate(aanvraagJson);
 * Regelset regelset = engine.regelset(peildatum, gemeente);  // ... and that same engine for all it needs
 *
 * ReloadableEngine.Herlading h = regels.reload(); // or let watch() do it
 * if (!h.vervangen()) {
 *     h.problemen().forEach(System.err::println); // the old rules still advise
 * }
 * }</pre>
 *
 * Thread-safe. {@link #close()} stops every watch; the engines themselves hold nothing to close.
 */
public final class ReloadableEngine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReloadableEngine.class);

    private final Engine.Builder builder;
    private volatile Engine current;

    /** One build at a time: two at once would only compete for the cores, and could swap in the older one last. */
    private final ReentrantLock reloading = new ReentrantLock();
    private final AtomicLong herladingen = new AtomicLong();
    private final List<FolderWatch> watches = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    /**
     * The outcome of one {@link #reload()}: whether the new rules replaced the old ({@code vervangen}), the newest rule
     * set ({@link Engine#regelset()}) before and after, and, when the new rules did not load, every problem, each
     * naming its file and line as {@link RuleSetLoadException} gives them (then {@code huidige} equals {@code vorige}).
     * {@code veranderd} names every rule set of the new rules, each version and each version with a gemeente's regels
     * ({@link Engine#regelsets()}), whose hash the old rules did not have: a changed or added one. A reload that changed
     * only 2026.1, or only gemeente 1728, says so, though the newest version stayed the same.
     */
    public record Herlading(boolean vervangen, Regelset vorige, Regelset huidige, List<String> problemen,
                            List<Regelset> veranderd) {
        /**
         * Keeps unmodifiable copies of {@code problemen} and {@code veranderd}.
         *
         * @param vervangen whether the new rules replaced the old
         * @param vorige the newest rule set before
         * @param huidige the newest rule set after
         * @param problemen every problem when the rules did not load, or none
         * @param veranderd every rule set of the new rules that is new or changed, or none
         */
        public Herlading {
            problemen = List.copyOf(problemen);
            veranderd = List.copyOf(veranderd);
        }

        /**
         * The outcome as 0.3.0 gave it, without the changed rule sets.
         *
         * @param vervangen whether the new rules replaced the old
         * @param vorige the newest rule set before
         * @param huidige the newest rule set after
         * @param problemen every problem when the rules did not load, or none
         * @deprecated since 0.3.0: {@link #reload()} names the changed rule sets too
         */
        @Deprecated
        public Herlading(boolean vervangen, Regelset vorige, Regelset huidige, List<String> problemen) {
            this(vervangen, vorige, huidige, problemen, List.of());
        }
    }

    private ReloadableEngine(Engine.Builder builder, Engine first) {
        this.builder = builder;
        this.current = first;
    }

    /**
     * Builds the first engine with {@code builder} (throws {@link RuleSetLoadException} as {@link
     * Engine.Builder#build()}
     * does) and keeps the builder for every reload. Changing the builder afterwards changes what the next reload
     * builds.
     *
     * @param builder builds the engine, now and at every reload
     * @return the reloadable engine
     */
    public static ReloadableEngine load(Engine.Builder builder) {
        Objects.requireNonNull(builder, "builder");
        return new ReloadableEngine(builder, builder.build());
    }

    /**
     * The engine in force now. Take it once per advice and use it for the whole advice (see the class comment): a
     * reload does not change an engine already taken, which finishes its advices on its own rules.
     *
     * @return the current engine
     */
    public Engine current() {
        return current;
    }

    /**
     * {@code current().evaluate(aanvraagJson)}: one advice, on the rules in force when it starts.
     *
     * @param aanvraagJson one aanvraag as JSON
     * @return the advies
     */
    public Advies evaluate(String aanvraagJson) {
        return current().evaluate(aanvraagJson);
    }

    /**
     * {@code current().evaluate(aanvraag)}: one advice, on the rules in force when it starts.
     *
     * @param aanvraag the aanvraag
     * @return the advies
     */
    public Advies evaluate(Aanvraag aanvraag) {
        return current().evaluate(aanvraag);
    }

    /**
     * Loads the rules anew with the builder given to {@link #load}. When they load, the new engine replaces the current
     * one at once (advices already under way finish on the old one); when they do not, the current engine stays, the
     * problems are logged (WARN) and returned. Calls are served one at a time.
     *
     * @return what the reload did
     */
    public Herlading reload() {
        reloading.lock();
        try {
            Engine vorige = current;
            Engine nieuwe;
            try {
                nieuwe = builder.build();
            } catch (RuleSetLoadException e) {
                List<String> problemen = e.problems().stream().map(LoadProblem::toString).toList();
                LOG.warn("Nieuwe regels niet geladen; regelset {} {} ({}) blijft gelden. Problemen:{}", vorige.regelset().naam(),
                        vorige.regelset().versie(), vorige.regelset().hash(), lines(problemen));
                return new Herlading(false, vorige.regelset(), vorige.regelset(), problemen, List.of());
            } catch (Throwable e) {
                // Whatever the new rules make happen (the builder already turns a failing load into problems), the
                // rules in force stay; the stack trace only at DEBUG.
                List<String> problemen = List.of(e instanceof IllegalArgumentException ? "De regels konden niet worden geladen: "
                        + e.getMessage() : LoadFailure.problem(e).toString());
                LOG.warn("Nieuwe regels niet geladen; regelset {} {} ({}) blijft gelden. Probleem: {}", vorige.regelset().naam(),
                        vorige.regelset().versie(), vorige.regelset().hash(), problemen.get(0));
                LOG.debug("Herladen mislukt", e);
                return new Herlading(false, vorige.regelset(), vorige.regelset(), problemen, List.of());
            }
            current = nieuwe;
            herladingen.incrementAndGet();
            Set<String> bekend = vorige.regelsets().stream().map(Regelset::hash).collect(Collectors.toSet());
            List<Regelset> veranderd = nieuwe.regelsets().stream().filter(r -> !bekend.contains(r.hash())).toList();
            LOG.info("Regels herladen: {}", veranderd.isEmpty() ? "niets veranderd"
                    : veranderd.stream().map(ReloadableEngine::genoemd).collect(Collectors.joining(", ")) + " veranderd");
            return new Herlading(true, vorige.regelset(), nieuwe.regelset(), List.of(), veranderd);
        } finally {
            reloading.unlock();
        }
    }

    /** "afwegingskader-standaard 2026.1 met gemeente 1728 (sha256:0123456789ab)". */
    private static String genoemd(Regelset r) {
        return r.naam() + " " + r.versie() + (r.gemeente() == null ? "" : " met gemeente " + r.gemeente().code())
                + " (" + r.hash().substring(0, Math.min(r.hash().length(), 19)) + ")";
    }

    private static String lines(List<String> problemen) {
        StringBuilder s = new StringBuilder();
        problemen.forEach(p -> s.append(System.lineSeparator()).append("  ").append(p));
        return s.toString();
    }

    /**
     * How many reloads replaced the engine since {@link #load}.
     *
     * @return the number of reloads that replaced the engine
     */
    public long herladingen() {
        return herladingen.get();
    }

    /**
     * Reloads by itself when the rules change: watches {@code rulesFolder} (the builder's rules folder) and every
     * folder
     * under it, new ones too, on a daemon thread, and calls {@link #reload()} once nothing changed there for
     * {@code stilte} (an editor writes a file in several steps; one or two seconds is usual). A reload that fails is
     * logged and the watching goes on. Closing the handle, or this engine, stops it.
     *
     * @param rulesFolder the folder to watch
     * @param stilte how long it must be quiet before a reload
     * @return a handle that stops the watching when closed
     */
    public AutoCloseable watch(Path rulesFolder, Duration stilte) {
        Objects.requireNonNull(rulesFolder, "rulesFolder");
        Objects.requireNonNull(stilte, "stilte");
        if (closed) {
            throw new IllegalStateException("Deze ReloadableEngine is gesloten");
        }
        FolderWatch watch = FolderWatch.start(rulesFolder, stilte, this::reload);
        watches.add(watch);
        return () -> {
            watches.remove(watch);
            watch.close();
        };
    }

    /** Stops every {@link #watch}; the current engine keeps advising. */
    @Override
    public void close() {
        closed = true;
        for (FolderWatch watch : watches) {
            watch.close();
        }
        watches.clear();
    }
}
