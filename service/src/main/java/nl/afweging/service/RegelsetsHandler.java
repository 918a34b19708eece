// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.afweging.Engine;
import nl.afweging.Json;
import nl.afweging.model.Regelset;
import nl.afweging.model.RegelsetInhoud;

/**
 * {@code GET /api/v1/regelsets}: every loaded rule set (each version, each with its gemeenten) and when it is in
 * force; {@code /regelsets/{hash}}: one in full, with its rules and parameters; {@code /regelsets/{hash}/documentatie}:
 * its documentation page. A rule set is named by its hash, the one an advies gives.
 */
final class RegelsetsHandler {
    private final Routes.Onderdelen delen;

    RegelsetsHandler(Routes.Onderdelen delen) {
        this.delen = delen;
    }

    void lijst(Context ctx) {
        Optional<Engine> engine = delen.regels().huidig();
        if (engine.isEmpty()) {
            Routes.send(ctx, Routes.nietGereed());
            return;
        }
        List<Map<String, Object>> regelsets = engine.get().inhoud().stream().map(RegelsetsHandler::kort).toList();
        Routes.sendJson(ctx, 200, Json.write(Map.of("regelsets", regelsets)));
    }

    void een(Context ctx) {
        Optional<Engine> engine = delen.regels().huidig();
        if (engine.isEmpty()) {
            Routes.send(ctx, Routes.nietGereed());
            return;
        }
        String hash = ctx.pathParam("hash");
        engine.get().inhoud().stream().filter(i -> i.regelset().hash().equals(hash)).findFirst().ifPresentOrElse(
                inhoud -> Routes.sendJson(ctx, 200, Json.write(inhoud)),
                () -> Routes.send(ctx, onbekend(hash)));
    }

    void documentatie(Context ctx) {
        Optional<Engine> engine = delen.regels().huidig();
        if (engine.isEmpty()) {
            Routes.send(ctx, Routes.nietGereed());
            return;
        }
        String hash = ctx.pathParam("hash");
        Optional<Documentatie.Pagina> pagina = delen.documentatie().van(engine.get(), hash);
        if (pagina.isEmpty()) {
            Routes.send(ctx, onbekend(hash));
        } else if (pagina.get().html() == null) {
            Routes.send(ctx, new Problem(Problem.GEEN_EIGEN_TYPE, "Regelmap gewijzigd", 409, pagina.get().reden()));
        } else {
            ctx.status(200).contentType("text/html; charset=utf-8").result(pagina.get().html().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** As the list shows it: which rule set, when in force, and where to read more. */
    private static Map<String, Object> kort(RegelsetInhoud inhoud) {
        Regelset set = inhoud.regelset();
        Map<String, Object> kort = new LinkedHashMap<>();
        kort.put("naam", set.naam());
        kort.put("versie", set.versie());
        kort.put("geldigVanaf", set.geldigVanaf());
        if (inhoud.geldigTot() != null) {
            kort.put("geldigTot", inhoud.geldigTot());
        }
        kort.put("hash", set.hash());
        if (set.gemeente() != null) {
            kort.put("gemeente", set.gemeente());
        }
        kort.put("regels", inhoud.regels().size());
        return kort;
    }

    private static Problem onbekend(String hash) {
        return new Problem(Problem.GEEN_EIGEN_TYPE, "Regelset niet gevonden", 404,
                "Er is geen geladen regelset met hash " + (hash.length() > 80 ? hash.substring(0, 80) + "…" : hash)
                        + "; GET /api/v1/regelsets geeft ze alle.");
    }
}
