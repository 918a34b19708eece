package nl.afweging.service;

import io.javalin.http.Context;

/**
 * {@code /health/live}: the process answers (a platform restarts it when not). {@code /health/ready}: the engine is
 * loaded, so advice can be given (a platform sends no requests before).
 */
final class Health {
    private final LoadingEngine engine;

    Health(LoadingEngine engine) {
        this.engine = engine;
    }

    void live(Context ctx) {
        Routes.sendJson(ctx, 200, "{\"status\":\"LEVEND\"}");
    }

    void ready(Context ctx) {
        if (engine.loaded().isPresent()) {
            Routes.sendJson(ctx, 200, "{\"status\":\"GEREED\"}");
        } else {
            Routes.sendJson(ctx, 503, "{\"status\":\"NIET_GEREED\"}");
        }
    }
}
