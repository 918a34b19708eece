package nl.afweging.service;

import java.util.Optional;
import java.util.concurrent.CompletionStage;
import nl.afweging.Engine;

/** The engine once it is loaded; until then (or when loading failed) nothing, and the service is not ready. */
final class LoadingEngine {
    private volatile Engine engine;

    LoadingEngine(CompletionStage<Engine> loading) {
        loading.thenAccept(loaded -> engine = loaded);
    }

    Optional<Engine> loaded() {
        return Optional.ofNullable(engine);
    }
}
