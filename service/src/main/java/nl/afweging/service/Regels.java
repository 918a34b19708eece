package nl.afweging.service;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import nl.afweging.Engine;
import nl.afweging.RuleSetLoadException;
import nl.afweging.model.Regelset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules the service advises with: none until the first load is done (the service is alive but not ready), then
 * one engine, replaced whole by a reload that loads. A handler takes {@link #huidig()} once per request, so an advice
 * never mixes two rule sets; one that is under way during a reload finishes on the engine it took.
 */
final class Regels {
    private static final Logger LOG = LoggerFactory.getLogger(Regels.class);

    /** What a reload did: replaced the rules, or kept them and why. */
    record Herlading(boolean vervangen, Regelset vorige, Regelset huidige, List<String> problemen) {}

    private final Supplier<Engine> laden;
    private final CompletableFuture<Engine> eerste = new CompletableFuture<>();
    private volatile Engine engine;
    private final Object herladen = new Object();

    Regels(Supplier<Engine> laden) {
        this.laden = laden;
    }

    /** Loads the first time, on the calling thread; the outcome completes {@link #geladen()}. */
    void laad() {
        try {
            engine = laden.get();
            eerste.complete(engine);
        } catch (RuntimeException e) {
            eerste.completeExceptionally(e);
        }
    }

    CompletionStage<Engine> geladen() {
        return eerste;
    }

    Optional<Engine> huidig() {
        return Optional.ofNullable(engine);
    }

    /** Loads anew; only rules that load replace the ones in force. */
    Herlading herlaad() {
        synchronized (herladen) {
            Engine vorige = engine;
            Regelset was = vorige == null ? null : vorige.regelset();
            try {
                Engine nieuw = laden.get();
                engine = nieuw;
                eerste.complete(nieuw);
                return new Herlading(true, was, nieuw.regelset(), List.of());
            } catch (RuleSetLoadException | IllegalArgumentException e) {
                LOG.warn("Herladen geweigerd; de regels die golden blijven gelden:\n{}", e.getMessage());
                return new Herlading(false, was, was, e.getMessage().lines().filter(l -> !l.isBlank()).toList());
            }
        }
    }
}
