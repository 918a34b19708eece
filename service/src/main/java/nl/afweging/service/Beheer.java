// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.afweging.Json;
import nl.afweging.ReloadableEngine;
import nl.afweging.model.Regelset;

/**
 * For the beheerder: {@code POST /api/v1/regelsets/herladen} loads the rules folder again and swaps it in only when
 * it loads (200 with what is now in force; 422 with the problems when it does not, the old rules still serving), and
 * {@code GET /metrics} for Prometheus.
 */
final class Beheer {
    private final Routes.Onderdelen delen;

    Beheer(Routes.Onderdelen delen) {
        this.delen = delen;
    }

    void herlaad(Context ctx) {
        ReloadableEngine.Herlading herlading = delen.regels().herlaad().orElse(null);
        if (herlading == null) {
            Routes.send(ctx, Routes.nietGereed());
            return;
        }
        if (!herlading.vervangen()) {
            delen.metingen().geweigerd();
        }
        if (herlading.vervangen()) {
            Map<String, Object> antwoord = new LinkedHashMap<>();
            antwoord.put("vervangen", true);
            antwoord.put("vorige", herlading.vorige());
            antwoord.put("huidige", herlading.huidige());
            antwoord.put("veranderd", herlading.veranderd());
            Routes.sendJson(ctx, 200, Json.write(antwoord));
        } else {
            Routes.send(ctx, new Problem("urn:afweging:probleem:herladen-geweigerd", "Herladen geweigerd", 422,
                    "De regelmap laadt niet; de regels die golden blijven gelden.")
                    .with("huidige", herlading.huidige())
                    .with("problemen", herlading.problemen()));
        }
    }

    void metrics(Context ctx) {
        List<Regelset> geladen = delen.regels().huidig().map(e -> e.regelsets()).orElse(List.of());
        ctx.status(200).contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(delen.metingen().tekst(geladen, delen.regels().herladingen()).getBytes(StandardCharsets.UTF_8));
    }
}
