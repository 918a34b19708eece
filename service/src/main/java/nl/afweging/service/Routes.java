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
        // The proefomgeving page (issue 13, point 5): only its own files, never anything else on the classpath.
        Proefomgeving proefomgeving = new Proefomgeving();
        app.get("/", proefomgeving::index);
        app.get("/proefomgeving/{bestand}", proefomgeving::bestand);
        app.get("/api/v1/regelsets", ctx -> regelsets(engine, ctx)); // placeholder, replaced by RegelsetsHandler
        app.exception(Exception.class, (e, ctx) -> {
            // No detail: an unexpected failure's message may hold anything, and belongs in the log, not the answer.
            LOG.error("Onverwachte fout bij {} {}", ctx.method(), ctx.path(), e);
            send(ctx, new Problem(Problem.GEEN_EIGEN_TYPE, "Interne fout", 500, "Er ging iets mis in de dienst; probeer het later opnieuw."));
        });
        app.error(404, ctx -> send(ctx, new Problem(Problem.GEEN_EIGEN_TYPE, "Niet gevonden", 404,
                "Hier is niets: het advies staat onder POST /api/v1/adviezen.")));
        return app;
    }

    // placeholder, replaced by RegelsetsHandler: the shape the proefomgeving reads, from engine.regelsets(). The
    // engine does not publish a version's last day, so geldigTot is the day before the next version starts (what the
    // engine itself takes when a manifest names no geldigTot); the newest version has none.
    private static void regelsets(LoadingEngine engine, Context ctx) {
        nl.afweging.Engine loaded = engine.loaded().orElse(null);
        if (loaded == null) {
            send(ctx, new Problem(Problem.GEEN_EIGEN_TYPE, "Nog niet gereed", 503, "De regelset wordt nog geladen; probeer het zo opnieuw."));
            return;
        }
        java.util.List<nl.afweging.model.Regelset> sets = loaded.regelsets();
        java.util.List<java.time.LocalDate> starts = sets.stream().map(nl.afweging.model.Regelset::geldigVanaf).distinct().sorted().toList();
        java.util.List<java.util.Map<String, Object>> list = new java.util.ArrayList<>();
        for (nl.afweging.model.Regelset set : sets) {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("naam", set.naam());
            m.put("versie", set.versie());
            m.put("geldigVanaf", set.geldigVanaf().toString());
            int next = starts.indexOf(set.geldigVanaf()) + 1;
            if (next < starts.size()) {
                m.put("geldigTot", starts.get(next).minusDays(1).toString());
            }
            m.put("hash", set.hash());
            if (set.gemeente() != null) {
                java.util.Map<String, Object> g = new java.util.LinkedHashMap<>();
                g.put("code", set.gemeente().code());
                g.put("naam", set.gemeente().naam());
                g.put("versie", set.gemeente().versie());
                g.put("hash", set.gemeente().hash());
                m.put("gemeente", g);
            }
            list.add(m);
        }
        sendJson(ctx, 200, nl.afweging.Json.write(java.util.Map.of("regelsets", list)));
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
