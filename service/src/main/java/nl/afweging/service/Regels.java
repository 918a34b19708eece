// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import nl.afweging.Engine;
import nl.afweging.ReloadableEngine;

/**
 * The rules the service advises with: none until the first load is done (the service is alive but not ready), then
 * the library's {@link ReloadableEngine}, which a reload replaces whole and only with rules that load. A handler takes
 * {@link #huidig()} once per request, so an advice never mixes two rule sets; one under way during a reload finishes
 * on the engine it took.
 */
final class Regels implements AutoCloseable {
    private final Supplier<Engine.Builder> builder;
    private final CompletableFuture<Engine> eerste = new CompletableFuture<>();
    private volatile ReloadableEngine engine;
    private Path gevolgd;
    private Duration stilte;

    Regels(Supplier<Engine.Builder> builder) {
        this.builder = builder;
    }

    /** Loads the first time, on the calling thread; the outcome completes {@link #geladen()}. */
    void laad() {
        try {
            engine = ReloadableEngine.load(builder.get());
            if (gevolgd != null) {
                // Before ready: a change made once the service is ready is never missed.
                engine.watch(gevolgd, stilte);
            }
            eerste.complete(engine.current());
        } catch (RuntimeException e) {
            eerste.completeExceptionally(e);
        }
    }

    /** Once loaded, reload by itself when the folder has been quiet for {@code stilte} after a change (call before {@link #laad()}). */
    void volg(Path folder, Duration stilte) {
        this.gevolgd = folder;
        this.stilte = stilte;
    }

    CompletionStage<Engine> geladen() {
        return eerste;
    }

    Optional<Engine> huidig() {
        ReloadableEngine loaded = engine;
        return loaded == null ? Optional.empty() : Optional.of(loaded.current());
    }

    /** Loads anew; empty while the first load is still under way (there is nothing to replace yet). */
    Optional<ReloadableEngine.Herlading> herlaad() {
        ReloadableEngine loaded = engine;
        return loaded == null ? Optional.empty() : Optional.of(loaded.reload());
    }

    /** How many reloads replaced the rules, by request or by watching. */
    long herladingen() {
        ReloadableEngine loaded = engine;
        return loaded == null ? 0 : loaded.herladingen();
    }

    @Override
    public void close() {
        ReloadableEngine loaded = engine;
        if (loaded != null) {
            loaded.close();
        }
    }
}
