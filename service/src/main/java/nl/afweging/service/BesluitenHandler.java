// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.afweging.audit.AuditLog;
import nl.afweging.AuditLogException;
import nl.afweging.Json;
import nl.afweging.audit.BesluitReden;
import nl.afweging.model.Niveau;

/**
 * {@code POST /api/v1/besluiten}: the professional's decision on an advice, {@code {"advies": "sha256:...", "besluit":
 * NIVEAU, "reden": CODE}}, recorded in the audit log after the advies record it names (the hash from the
 * {@code Auditrecord} header). {@code 201 Created}: the besluit is a new record, whose hash the answer gives. Without an
 * audit log there is nowhere to record it: 409.
 */
final class BesluitenHandler implements Handler {
    private static final int MAX_BYTES = 4096;
    private static final Set<String> VELDEN = Set.of("advies", "besluit", "reden");

    private final Routes.Onderdelen delen;

    BesluitenHandler(Routes.Onderdelen delen) {
        this.delen = delen;
    }

    @Override
    public void handle(Context ctx) throws IOException {
        byte[] body = Verzoek.json(ctx, MAX_BYTES);
        if (body == null) {
            return;
        }
        AuditLog audit = delen.audit();
        if (audit == null) {
            Routes.send(ctx, new Problem(Problem.GEEN_EIGEN_TYPE, "Geen auditlog", 409,
                    "Deze dienst draait zonder auditlog (serve --audit LOG), dus een besluit kan nergens worden vastgelegd."));
            return;
        }
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(body);
        } catch (IOException e) {
            json = null;
        }
        List<Map<String, String>> fouten = new ArrayList<>();
        if (json == null || !json.isObject()) {
            fouten.add(Fouten.fout("", "geen JSON-object", "{\"advies\": \"sha256:...\", \"besluit\": NIVEAU, \"reden\": CODE}"));
        } else {
            for (Iterator<String> namen = json.fieldNames(); namen.hasNext(); ) {
                String naam = namen.next();
                if (!VELDEN.contains(naam)) {
                    fouten.add(Fouten.fout("/" + naam, "een onbekend veld", "alleen advies, besluit en reden"));
                }
            }
        }
        String advies = tekst(json, "advies", "sha256:[0-9a-f]{64}", "de hash van het adviesrecord: sha256: en 64 hexadecimale tekens", fouten);
        String besluit = tekst(json, "besluit", null, "een van " + Arrays.toString(Niveau.values()), fouten);
        String reden = tekst(json, "reden", null, "een van " + Arrays.toString(BesluitReden.values()), fouten);
        Niveau niveau = besluit == null ? null : enumOf(Niveau.class, besluit, "/besluit", fouten);
        BesluitReden code = reden == null ? null : enumOf(BesluitReden.class, reden, "/reden", fouten);
        if (!fouten.isEmpty()) {
            Routes.send(ctx, new Problem("urn:afweging:probleem:ongeldig-besluit", "Ongeldig besluit", 400,
                    "Het besluit heeft " + fouten.size() + (fouten.size() == 1 ? " fout" : " fouten") + "; er is niets vastgelegd.")
                    .with("fouten", fouten));
            return;
        }
        try {
            AuditLog.Entry entry = audit.besluit(advies, niveau, code);
            Map<String, Object> antwoord = new LinkedHashMap<>();
            antwoord.put("volgnummer", entry.volgnummer());
            antwoord.put("hash", entry.hash());
            Routes.sendJson(ctx, 201, Json.write(antwoord));
        } catch (AuditLogException e) {
            Routes.send(ctx, new Problem("urn:afweging:probleem:besluit-geweigerd", "Besluit geweigerd", 422, e.getMessage()));
        }
    }

    private static String tekst(JsonNode json, String naam, String patroon, String toegestaan, List<Map<String, String>> fouten) {
        JsonNode waarde = json == null ? null : json.get(naam);
        if (json != null && json.isObject() && (waarde == null || !waarde.isTextual() || patroon != null && !waarde.asText().matches(patroon))) {
            fouten.add(Fouten.fout("/" + naam, waarde == null ? "ontbreekt" : waarde.isTextual() ? "\"" + kort(waarde.asText()) + "\"" : waarde.getNodeType().toString().toLowerCase(), toegestaan));
            return null;
        }
        return waarde == null ? null : waarde.asText();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String naam, String pad, List<Map<String, String>> fouten) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(naam)) {
                return value;
            }
        }
        fouten.add(Fouten.fout(pad, "\"" + kort(naam) + "\"", "een van " + Arrays.toString(type.getEnumConstants())));
        return null;
    }

    private static String kort(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

}
