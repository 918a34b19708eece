// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import nl.afweging.audit.AuditLog;
import nl.afweging.AuditLogException;
import nl.afweging.Engine;
import nl.afweging.EvaluationException;
import nl.afweging.InvalidAanvraagException;
import nl.afweging.Json;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Advies;

/**
 * {@code POST /api/v1/adviezen}: one aanvraag in, its advies out. The answer is {@code 200 OK}, not
 * {@code 201 Created}: an advies is computed from the aanvraag and the rules, not stored as a resource of this API (the
 * same aanvraag gives the same advies again). With an audit log, the record is on disk before the answer, and the
 * header {@code Auditrecord} names its hash, which a besluit refers to.
 */
final class AdviezenHandler implements Handler {
    /** The contract's limit for one aanvraag; a larger body is refused before it is read whole. */
    static final int MAX_BYTES = Json.MAX_BYTES;
    static final String AUDITRECORD = "Auditrecord";

    private final Routes.Onderdelen delen;

    AdviezenHandler(Routes.Onderdelen delen) {
        this.delen = delen;
    }

    @Override
    public void handle(Context ctx) throws IOException {
        long begin = System.nanoTime();
        byte[] body = Verzoek.json(ctx, MAX_BYTES);
        if (body == null) {
            return;
        }
        // Taken once: this advice runs on these rules, whatever a reload does meanwhile.
        Engine engine = delen.regels().huidig().orElse(null);
        if (engine == null) {
            Routes.send(ctx, Routes.nietGereed());
            return;
        }
        try {
            // From the bytes, not a String: bytes that are not UTF-8 are refused by the engine, never replaced.
            Aanvraag aanvraag = Json.readAanvraag(new ByteArrayInputStream(body));
            Advies advies = engine.evaluate(aanvraag);
            AuditLog audit = delen.audit();
            if (audit != null) {
                ctx.header(AUDITRECORD, audit.append(aanvraag, advies).hash());
            }
            delen.metingen().advies(advies.niveau());
            Routes.sendJson(ctx, 200, Json.write(advies));
            delen.metingen().duur(System.nanoTime() - begin);
        } catch (InvalidAanvraagException e) {
            Routes.send(ctx, ongeldig(e));
        } catch (EvaluationException e) {
            Routes.send(ctx, evaluatieFout(e));
        } catch (AuditLogException e) {
            Routes.send(ctx, auditFout(e));
        }
    }

    static Problem ongeldig(InvalidAanvraagException e) {
        List<Map<String, String>> fouten = e.fouten().stream().map(Fouten::fout).toList();
        long totaal = fouten.size() + e.meer();
        return new Problem("urn:afweging:probleem:ongeldige-aanvraag", "Ongeldige aanvraag", 400,
                "De aanvraag heeft " + totaal + (totaal == 1 ? " fout" : " fouten") + "; er is niets besloten.")
                .with("fouten", fouten)
                .with("meer", e.meer());
    }

    private static Problem evaluatieFout(EvaluationException e) {
        String regel = e.regelId() == null ? "de regelset" : "regel " + e.regelId() + (e.bron() == null ? "" : " (" + e.bron() + ")");
        return new Problem("urn:afweging:probleem:regelset-faalt", "Geen advies: de regelset faalt", 422,
                "Bij deze aanvraag faalt " + regel + ": " + e.getMessage())
                .with("regel", e.regelId())
                .with("bron", e.bron());
    }

    /** The advice is not given when its record cannot be written: an advice without its record is what the log forbids. */
    static Problem auditFout(AuditLogException e) {
        return new Problem("urn:afweging:probleem:auditlog", "Geen advies: het auditlog weigert", 503,
                "Het auditrecord kon niet worden geschreven, dus er is geen advies gegeven: " + e.getMessage());
    }
}
