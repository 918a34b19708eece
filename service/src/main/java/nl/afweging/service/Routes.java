// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import nl.afweging.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the service answers where, and which role may ask (a route without roles is open: health only). Every answer
 * carries the API version; every error is problem+json. Nothing here logs a request body or a header.
 */
final class Routes {
    /** The version of the API's contract (NL API Design Rules: API-57), on every response. */
    static final String API_VERSION = "1.0.0";

    private static final Logger LOG = LoggerFactory.getLogger(Routes.class);

    /** What the handlers share: the rules in force, the configuration, the audit log (or null), docs and metrics. */
    record Onderdelen(Regels regels, Supplier<DienstConfig> config, AuditLog audit, Documentatie documentatie, Metingen metingen) {}

    private Routes() {}

    static Javalin app(Onderdelen delen, DienstConfig begin, int port) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            // Off unless the configuration names origins: a browser page elsewhere may not call the API by default.
            if (!begin.cors().isEmpty()) {
                config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> begin.cors().forEach(rule::allowHost)));
            }
            Tls.configureer(config, begin.tls(), begin.adres(), port);
        });
        app.before(ctx -> ctx.header("API-Version", API_VERSION));
        app.beforeMatched(new Toegang(delen.config()));

        AdviezenHandler adviezen = new AdviezenHandler(delen);
        app.post("/api/v1/adviezen", adviezen, Rol.ADVISEUR);
        app.post("/api/v1/adviezen/batch", new BatchHandler(delen), Rol.ADVISEUR);
        app.post("/api/v1/besluiten", new BesluitenHandler(delen), Rol.ADVISEUR);
        RegelsetsHandler regelsets = new RegelsetsHandler(delen);
        app.get("/api/v1/regelsets", regelsets::lijst, Rol.ADVISEUR, Rol.AUDITOR);
        app.get("/api/v1/regelsets/{hash}", regelsets::een, Rol.ADVISEUR, Rol.AUDITOR);
        app.get("/api/v1/regelsets/{hash}/documentatie", regelsets::documentatie, Rol.ADVISEUR, Rol.AUDITOR);
        Beheer beheer = new Beheer(delen);
        app.post("/api/v1/regelsets/herladen", beheer::herlaad, Rol.BEHEERDER);
        app.get("/metrics", beheer::metrics, Rol.BEHEERDER);
        app.get("/api/v1/openapi.json", OpenApi::send, Rol.ADVISEUR, Rol.BEHEERDER, Rol.AUDITOR);
        Health health = new Health(delen.regels());
        app.get("/health/live", health::live);
        app.get("/health/ready", health::ready);
        // The proefomgeving page (issue 13, point 5): only its own files, never anything else on the classpath.
        Proefomgeving proefomgeving = new Proefomgeving();
        app.get("/", proefomgeving::index);
        app.get("/proefomgeving/{bestand}", proefomgeving::bestand);

        app.exception(Toegang.Geweigerd.class, (e, ctx) -> {
            if (e.uitdaging != null) {
                ctx.header("WWW-Authenticate", e.uitdaging);
            }
            send(ctx, e.problem);
        });
        app.exception(Exception.class, (e, ctx) -> {
            // No detail: an unexpected failure's message may hold anything, and belongs in the log, not the answer.
            LOG.error("Onverwachte fout bij {} {}", ctx.method(), ctx.path(), e);
            send(ctx, new Problem(Problem.GEEN_EIGEN_TYPE, "Interne fout", 500, "Er ging iets mis in de dienst; probeer het later opnieuw."));
        });
        app.error(404, ctx -> {
            if (!Problem.MEDIA_TYPE.equals(ctx.res().getContentType())) {
                send(ctx, new Problem(Problem.GEEN_EIGEN_TYPE, "Niet gevonden", 404,
                        "Hier is niets. De API staat onder /api/v1 (zie /api/v1/openapi.json)."));
            }
        });
        app.after(ctx -> {
            if (ctx.statusCode() >= 400) {
                delen.metingen().fout(ctx.statusCode());
            }
        });
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

    static Problem nietGereed() {
        return new Problem(Problem.GEEN_EIGEN_TYPE, "Nog niet gereed", 503, "De regelset wordt nog geladen; probeer het zo opnieuw.");
    }
}
