package nl.afweging.service;

import io.javalin.Javalin;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import nl.afweging.Engine;

/**
 * The afweging engine as an HTTP service: {@code POST /api/v1/adviezen} turns one aanvraag into its advies, and
 * {@code GET /health/live} and {@code /health/ready} say whether it runs and can advise. It listens on 127.0.0.1
 * only: there is no access control yet (issue 13, point 4), so it must not be reachable from other machines.
 *
 * <pre>{@code
 * try (Service service = Service.start(engine, 8080)) {
 *     ... // http://localhost:8080/api/v1/adviezen
 * }
 * }</pre>
 */
public final class Service implements AutoCloseable {
    /** Only this machine: without access control the service must not be reachable from elsewhere. */
    static final String HOST = "127.0.0.1";

    private final Javalin app;

    private Service(Javalin app) {
        this.app = app;
    }

    /** Starts on this port (0: a free one, see {@link #port()}) with an engine that is already loaded. */
    public static Service start(Engine engine, int port) {
        return start(CompletableFuture.completedFuture(Objects.requireNonNull(engine, "engine")), port);
    }

    /**
     * Starts on this port before the engine is loaded: {@code /health/live} answers at once, {@code /health/ready}
     * and the API answer 503 until {@code engine} completes (and stay so when it fails). Loading takes seconds; a
     * platform that starts the service can see it is alive meanwhile. Throws {@link IllegalStateException} when the
     * port cannot be used.
     */
    public static Service start(CompletionStage<Engine> engine, int port) {
        Javalin app = Routes.app(new LoadingEngine(engine));
        try {
            app.start(HOST, port);
        } catch (RuntimeException e) {
            app.stop();
            throw new IllegalStateException("Poort " + port + " op " + HOST + " is niet te gebruiken: " + e.getMessage(), e);
        }
        return new Service(app);
    }

    /** The port it listens on (the free one chosen when started on port 0). */
    public int port() {
        return app.port();
    }

    /** Stops listening; requests under way are finished first. */
    public void stop() {
        app.stop();
    }

    @Override
    public void close() {
        stop();
    }
}
