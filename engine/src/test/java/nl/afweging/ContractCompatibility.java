// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Issue 14, point 6: what in a JSON Schema breaks a party that follows the last released one. Walks the old and the new
 * schema side by side, at the same places (properties, items, $defs, oneOf/anyOf/allOf), and names every removed or
 * renamed field, field newly required, enum value dropped, and changed type or $ref. Additions that every old message
 * still satisfies (a new optional field, a new enum value) are not findings.
 */
final class ContractCompatibility {

    private ContractCompatibility() {}

    /** Every breaking change from {@code oud} to {@code nieuw}, one line each, starting with {@code naam#pointer}. */
    static List<String> breuken(String naam, JsonNode oud, JsonNode nieuw) {
        List<String> breuken = new ArrayList<>();
        vergelijk(naam + "#", oud, nieuw, breuken);
        return breuken;
    }

    private static void vergelijk(String plek, JsonNode oud, JsonNode nieuw, List<String> breuken) {
        if (!oud.isObject()) {
            return;
        }
        if (!nieuw.isObject()) {
            breuken.add(plek + ": schema vervangen door " + nieuw);
            return;
        }
        Set<String> oudeTypes = types(oud);
        Set<String> nieuweTypes = types(nieuw);
        if (!oudeTypes.equals(nieuweTypes)) {
            breuken.add(plek + ": type " + oudeTypes + " werd " + nieuweTypes);
        }
        if (oud.has("$ref") && !oud.get("$ref").equals(nieuw.get("$ref"))) {
            breuken.add(plek + ": $ref " + oud.get("$ref") + " werd " + nieuw.get("$ref"));
        }
        if (nieuw.has("enum")) { // no enum in the new schema allows every value
            Set<String> nieuweWaarden = waarden(nieuw.get("enum"));
            for (String waarde : oud.has("enum") ? waarden(oud.get("enum")) : Set.of("(elke waarde)")) {
                if (!nieuweWaarden.contains(waarde)) {
                    breuken.add(plek + ": enum-waarde " + waarde + " vervallen");
                }
            }
        }
        Set<String> oudVerplicht = waarden(oud.get("required"));
        for (String veld : waarden(nieuw.get("required"))) {
            if (!oudVerplicht.contains(veld)) {
                breuken.add(plek + ": veld " + veld + " is nieuw verplicht");
            }
        }
        for (String deel : List.of("properties", "$defs")) {
            JsonNode oudeDelen = oud.path(deel);
            JsonNode nieuweDelen = nieuw.path(deel);
            for (Iterator<Map.Entry<String, JsonNode>> it = oudeDelen.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String daar = plek + "/" + deel + "/" + e.getKey();
                if (!nieuweDelen.has(e.getKey())) {
                    breuken.add(daar + ": " + ("properties".equals(deel) ? "veld" : "definitie") + " verwijderd of hernoemd");
                } else {
                    vergelijk(daar, e.getValue(), nieuweDelen.get(e.getKey()), breuken);
                }
            }
        }
        for (String deel : List.of("items", "additionalProperties")) {
            if (oud.has(deel)) {
                vergelijk(plek + "/" + deel, oud.get(deel), nieuw.path(deel), breuken);
            }
        }
        for (String deel : List.of("oneOf", "anyOf", "allOf", "prefixItems")) {
            JsonNode oudeDelen = oud.path(deel);
            JsonNode nieuweDelen = nieuw.path(deel);
            if (oudeDelen.size() != nieuweDelen.size()) {
                if (oudeDelen.size() > 0) {
                    breuken.add(plek + "/" + deel + ": " + oudeDelen.size() + " delen werden " + nieuweDelen.size());
                }
                continue;
            }
            for (int i = 0; i < oudeDelen.size(); i++) {
                vergelijk(plek + "/" + deel + "/" + i, oudeDelen.get(i), nieuweDelen.get(i), breuken);
            }
        }
    }

    /** The types a schema allows by its "type" keyword; none when it has no such keyword (then any, or its $ref's). */
    private static Set<String> types(JsonNode schema) {
        return waarden(schema.get("type"));
    }

    /** A string or an array of values as a set of their JSON texts (strings without quotes). */
    private static Set<String> waarden(JsonNode node) {
        Set<String> waarden = new TreeSet<>();
        if (node == null || node.isNull() || node.isMissingNode()) {
            return waarden;
        }
        if (node.isArray()) {
            node.forEach(n -> waarden.add(n.isTextual() ? n.asText() : n.toString()));
        } else {
            waarden.add(node.isTextual() ? node.asText() : node.toString());
        }
        return waarden;
    }
}
