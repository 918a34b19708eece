// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The proefomgeving (issue 13, point 5): one page at {@code /} where policy staff and professionals try an aanvraag
 * against the API, and its own files under {@code /proefomgeving/}. Only the files named here are served, read once
 * from this package; no path from the request ever reaches the classpath, so nothing else on it can be opened.
 */
final class Proefomgeving {
    /**
     * Everything the page needs comes from this service (it runs offline), and nothing inline may run: a value typed
     * into the form that ends up in the page can never become script or style.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private record Bestand(byte[] inhoud, String type) {}

    private final Bestand index = lees("index.html", "text/html; charset=utf-8");
    private final Map<String, Bestand> bestanden = Map.of(
            "proef.css", lees("proef.css", "text/css; charset=utf-8"),
            "proef.js", lees("proef.js", "text/javascript; charset=utf-8"),
            "favicon.svg", lees("favicon.svg", "image/svg+xml"));

    void index(Context ctx) {
        send(ctx, index);
    }

    /** {@code /proefomgeving/{bestand}}: one of the page's own files, or 404. */
    void bestand(Context ctx) {
        Bestand bestand = bestanden.get(ctx.pathParam("bestand"));
        if (bestand == null) {
            Routes.send(ctx, new Problem(Problem.GEEN_EIGEN_TYPE, "Niet gevonden", 404, "Dit bestand hoort niet bij de proefomgeving."));
            return;
        }
        send(ctx, bestand);
    }

    private static void send(Context ctx, Bestand bestand) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        // The page is small and changes with the service; always asking keeps an old script from talking to a new API.
        ctx.header("Cache-Control", "no-cache");
        ctx.status(200).contentType(bestand.type()).result(bestand.inhoud());
    }

    /** From this class's own module: no {@code opens} is needed, and a missing file fails at start, not on a request. */
    private static Bestand lees(String naam, String type) {
        try (InputStream in = Proefomgeving.class.getResourceAsStream("proefomgeving/" + naam)) {
            if (in == null) {
                throw new IllegalStateException("Bestand van de proefomgeving ontbreekt: " + naam);
            }
            return new Bestand(in.readAllBytes(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
