package nl.afweging.service;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the service answers where; every answer carries the API version, errors are problem+json. */
final class Routes {
    /** The version of the API's contract (NL API Design Rules: API-57), on every response. */
    static final String API_VERSION = "1.0.0";

    private static final Logger LOG = LoggerFactory.getLogger(Routes.class);

    private Routes() {}

    static Javalin app(LoadingEngine engine) {
        Javalin app = Javalin.create(config -> config.showJavalinBanner = false);
        app.before(ctx -> ctx.header("API-Version", API_VERSION));
        app.post("/api/v1/adviezen", new AdviezenHandler(engine));
        Health health = new Health(engine);
        app.get("/health/live", health::live);
        app.get("/health/ready", health::ready);
        app.exception(Exception.class, (e, ctx) -> {
            // No detail: an unexpected failure's message may hold anything, and belongs in the log, not the answer.
            LOG.error("Onverwachte fout bij {} {}", ctx.method(), ctx.path(), e);
            send(ctx, new Problem(Problem.GEEN_EIGEN_TYPE, "Interne fout", 500, "Er ging iets mis in de dienst; probeer het later opnieuw."));
        });
        app.error(404, ctx -> send(ctx, new Problem(Problem.GEEN_EIGEN_TYPE, "Niet gevonden", 404,
                "Hier is niets: het advies staat onder POST /api/v1/adviezen.")));
        return app;
    }

    static void send(Context ctx, Problem problem) {
        ctx.header("API-Version", API_VERSION);
        ctx.status(problem.status()).contentType(Problem.MEDIA_TYPE).result(problem.json().getBytes(StandardCharsets.UTF_8));
    }

    /** As bytes: JSON is UTF-8 (RFC 8259), whatever charset the server would choose for a String. */
    static void sendJson(Context ctx, int status, String json) {
        ctx.status(status).contentType("application/json").result(json.getBytes(StandardCharsets.UTF_8));
    }
}
