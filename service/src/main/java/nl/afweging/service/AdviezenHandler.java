package nl.afweging.service;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.afweging.Engine;
import nl.afweging.EvaluationException;
import nl.afweging.InvalidAanvraagException;
import nl.afweging.Json;
import nl.afweging.model.Advies;
import nl.afweging.model.Fout;

/**
 * {@code POST /api/v1/adviezen}: one aanvraag in, its advies out. The answer is {@code 200 OK}, not
 * {@code 201 Created}: an advies is computed from the aanvraag and the rules, not stored, so there is no new resource
 * to point to (the same aanvraag gives the same advies again).
 */
final class AdviezenHandler implements Handler {
    /** The contract's limit for one aanvraag; a larger body is refused before it is read whole. */
    static final int MAX_BYTES = Json.MAX_BYTES;

    private final LoadingEngine engine;

    AdviezenHandler(LoadingEngine engine) {
        this.engine = engine;
    }

    @Override
    public void handle(Context ctx) throws IOException {
        if (!isJson(ctx.contentType())) {
            Routes.send(ctx, new Problem(Problem.GEEN_EIGEN_TYPE, "Verkeerd mediatype", 415,
                    "Stuur de aanvraag als JSON, met Content-Type: application/json."));
            return;
        }
        byte[] body = bodyUpToLimit(ctx);
        if (body == null) {
            Routes.send(ctx, new Problem(Problem.GEEN_EIGEN_TYPE, "Aanvraag te groot", 413,
                    "Een aanvraag mag hoogstens " + MAX_BYTES + " bytes zijn."));
            return;
        }
        Engine loaded = engine.loaded().orElse(null);
        if (loaded == null) {
            Routes.send(ctx, new Problem(Problem.GEEN_EIGEN_TYPE, "Nog niet gereed", 503,
                    "De regelset wordt nog geladen; probeer het zo opnieuw."));
            return;
        }
        try {
            // From the bytes, not a String: bytes that are not UTF-8 are refused by the engine, never replaced.
            Advies advies = loaded.evaluate(Json.readAanvraag(new ByteArrayInputStream(body)));
            Routes.sendJson(ctx, 200, Json.write(advies));
        } catch (InvalidAanvraagException e) {
            Routes.send(ctx, ongeldig(e));
        } catch (EvaluationException e) {
            Routes.send(ctx, evaluatieFout(e));
        }
    }

    /** application/json, with or without parameters such as charset, in any case. */
    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT).equals("application/json");
    }

    /** The whole body, or null when it is larger than the limit; never more than the limit plus one byte is read. */
    private static byte[] bodyUpToLimit(Context ctx) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BYTES) {
            return null;
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes(MAX_BYTES + 1);
            return body.length > MAX_BYTES ? null : body;
        }
    }

    private static Problem ongeldig(InvalidAanvraagException e) {
        List<Map<String, String>> fouten = e.fouten().stream().map(AdviezenHandler::fout).toList();
        long totaal = fouten.size() + e.meer();
        return new Problem("urn:afweging:probleem:ongeldige-aanvraag", "Ongeldige aanvraag", 400,
                "De aanvraag heeft " + totaal + (totaal == 1 ? " fout" : " fouten") + "; er is niets besloten.")
                .with("fouten", fouten)
                .with("meer", e.meer());
    }

    private static Map<String, String> fout(Fout fout) {
        Map<String, String> members = new LinkedHashMap<>();
        members.put("pad", fout.pad());
        members.put("gevonden", fout.gevonden());
        members.put("toegestaan", fout.toegestaan());
        return members;
    }

    private static Problem evaluatieFout(EvaluationException e) {
        String regel = e.regelId() == null ? "de regelset" : "regel " + e.regelId() + (e.bron() == null ? "" : " (" + e.bron() + ")");
        return new Problem("urn:afweging:probleem:regelset-faalt", "Geen advies: de regelset faalt", 422,
                "Bij deze aanvraag faalt " + regel + ": " + e.getMessage())
                .with("regel", e.regelId())
                .with("bron", e.bron());
    }
}
