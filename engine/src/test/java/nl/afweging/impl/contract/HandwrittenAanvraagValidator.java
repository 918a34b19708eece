// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.afweging.model.Duur;
import nl.afweging.model.Fout;
import nl.afweging.model.HulpvraagSoort;
import nl.afweging.model.Leefgebied;
import nl.afweging.model.Relatie;
import nl.afweging.model.Resultaat;
import nl.afweging.model.Veiligheid;
import nl.afweging.model.Verwijzer;
import nl.afweging.model.Wet;
import nl.afweging.model.Wlz;

/**
 * The oracle: the hand-written validator the declared contract replaced, kept as it was (only renamed) so the
 * differential properties can show that the derived checks give exactly its problems, in its order, with its
 * words. It knows the fields of its day only; do not extend it when a field is added. Changed once since, by hand,
 * for the input rules of issue 10: {@code null} is refused where the schema does not allow it (an optional field,
 * an element of a list; a required field that is {@code null} stays missing, free text may be {@code null}), and
 * free text of another type is named by its type only.
 */
final class HandwrittenAanvraagValidator {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern GEMEENTE = Pattern.compile("\\d{4}");
    private static final Pattern WIJK = Pattern.compile("WK\\d{6}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter STRICT_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final int OMSCHRIJVING_MAX = 4000;
    private static final int ECHO_MAX = 40;

    private static final List<String> AANVRAAG_ORDER = List.of("id", "peildatum", "gemeente", "wijk", "wet", "persoon",
            "hulpvraag", "zrm", "huisgenoten", "netwerk", "veiligheid", "hulpGeaccepteerd", "wlz", "zvwAanspraak",
            "verwijzer", "eerdereTrajecten");

    /** The constant names of each enumeration, read once: every aanvraag checks a dozen of them. */
    private static final ClassValue<Set<String>> ENUM_NAMES = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.toUnmodifiableSet());
        }
    };

    private final List<Fout> fouten = new ArrayList<>();

    private HandwrittenAanvraagValidator() {}

    static List<Fout> valideer(JsonNode root) {
        HandwrittenAanvraagValidator v = new HandwrittenAanvraagValidator();
        v.aanvraag(root);
        return List.copyOf(v.fouten);
    }

    private void aanvraag(JsonNode a) {
        if (!a.isObject()) {
            fout("", beschrijf(a), "een JSON-object met de velden van een aanvraag");
            return;
        }
        fields(a, "", AANVRAAG_ORDER, Set.of("id", "peildatum", "wet", "persoon", "hulpvraag"));
        text(req(a, "id"), "/id", ID, "1 tot 64 tekens uit A-Z a-z 0-9 . _ - (een pseudoniem, nooit een BSN)");
        LocalDate peildatum = date(req(a, "peildatum"), "/peildatum");
        text(a.get("gemeente"), "/gemeente", GEMEENTE, "een CBS-gemeentecode van 4 cijfers");
        text(a.get("wijk"), "/wijk", WIJK, "een CBS-wijkcode: WK en 6 cijfers");
        enumeration(req(a, "wet"), "/wet", Wet.class);
        JsonNode persoon = req(a, "persoon");
        if (object(persoon, "/persoon")) {
            fields(persoon, "/persoon", List.of("leeftijd"), Set.of("leeftijd"));
            integer(req(persoon, "leeftijd"), "/persoon/leeftijd", 0, 120);
        }
        hulpvraag(req(a, "hulpvraag"));
        zrm(a.get("zrm"));
        huisgenoten(a.get("huisgenoten"));
        JsonNode netwerk = a.get("netwerk");
        if (object(netwerk, "/netwerk")) {
            fields(netwerk, "/netwerk", List.of("beschikbaar", "mantelzorgerOverbelast"), Set.of());
            bool(netwerk.get("beschikbaar"), "/netwerk/beschikbaar");
            bool(netwerk.get("mantelzorgerOverbelast"), "/netwerk/mantelzorgerOverbelast");
        }
        enumeration(a.get("veiligheid"), "/veiligheid", Veiligheid.class);
        bool(a.get("hulpGeaccepteerd"), "/hulpGeaccepteerd");
        enumeration(a.get("wlz"), "/wlz", Wlz.class);
        bool(a.get("zvwAanspraak"), "/zvwAanspraak");
        enumeration(a.get("verwijzer"), "/verwijzer", Verwijzer.class);
        trajecten(a.get("eerdereTrajecten"), peildatum);
    }

    private void hulpvraag(JsonNode h) {
        if (!object(h, "/hulpvraag")) {
            return;
        }
        fields(h, "/hulpvraag", List.of("soorten", "duur", "omschrijving"), Set.of("soorten"));
        JsonNode soorten = req(h, "soorten");
        if (!absent(soorten)) {
            if (!soorten.isArray()) {
                fout("/hulpvraag/soorten", beschrijf(soorten), "een lijst met minstens één soort: " + values(HulpvraagSoort.class));
            } else if (soorten.isEmpty()) {
                fout("/hulpvraag/soorten", "een lege lijst", "minstens één soort: " + values(HulpvraagSoort.class));
            } else {
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < soorten.size(); i++) {
                    String ptr = "/hulpvraag/soorten/" + i;
                    if (enumeration(soorten.get(i), ptr, HulpvraagSoort.class) && !seen.add(soorten.get(i).asText())) {
                        fout(ptr, beschrijf(soorten.get(i)) + " voor de tweede keer", "elke soort één keer");
                    }
                }
            }
        }
        enumeration(h.get("duur"), "/hulpvraag/duur", Duur.class);
        JsonNode omschrijving = h.get("omschrijving");
        if (omschrijving != null && !omschrijving.isNull()) {
            if (!omschrijving.isTextual()) {
                fout("/hulpvraag/omschrijving", omschrijving.isNumber() ? "een getal" : omschrijving.isBoolean() ? "true of false"
                        : beschrijf(omschrijving), "tekst");
            } else if (omschrijving.asText().length() > OMSCHRIJVING_MAX) {
                fout("/hulpvraag/omschrijving", "tekst van " + omschrijving.asText().length() + " tekens",
                        "tekst van hoogstens " + OMSCHRIJVING_MAX + " tekens");
            }
        }
    }

    private void zrm(JsonNode zrm) {
        if (!object(zrm, "/zrm")) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = zrm.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!isValue(Leefgebied.class, e.getKey())) {
                fout("/zrm/" + pointerEscape(e.getKey()), "onbekend leefgebied", "een van " + values(Leefgebied.class));
            } else if (!isInteger(e.getValue(), 1, 5)) {
                fout("/zrm/" + e.getKey(), beschrijf(e.getValue()), "een geheel getal van 1 tot en met 5");
            }
        }
    }

    private void huisgenoten(JsonNode list) {
        if (list == null || !array(list, "/huisgenoten")) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String ptr = "/huisgenoten/" + i;
            JsonNode h = list.get(i);
            if (!object(h, ptr)) {
                continue;
            }
            fields(h, ptr, List.of("relatie", "leeftijd", "beschikbaar", "overbelast", "beperking"), Set.of("relatie", "leeftijd"));
            enumeration(req(h, "relatie"), ptr + "/relatie", Relatie.class);
            integer(req(h, "leeftijd"), ptr + "/leeftijd", 0, 120);
            bool(h.get("beschikbaar"), ptr + "/beschikbaar");
            bool(h.get("overbelast"), ptr + "/overbelast");
            bool(h.get("beperking"), ptr + "/beperking");
        }
    }

    private void trajecten(JsonNode list, LocalDate peildatum) {
        if (list == null || !array(list, "/eerdereTrajecten")) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String ptr = "/eerdereTrajecten/" + i;
            JsonNode t = list.get(i);
            if (!object(t, ptr)) {
                continue;
            }
            fields(t, ptr, List.of("niveau", "resultaat", "einddatum"), Set.of("niveau", "resultaat", "einddatum"));
            JsonNode niveau = req(t, "niveau");
            if (!absent(niveau) && !Set.of("SOCIALE_BASIS", "LOKAAL_TEAM", "SPECIALISTISCH_MAATWERK").contains(niveau.asText(""))) {
                fout(ptr + "/niveau", beschrijf(niveau), "een van SOCIALE_BASIS, LOKAAL_TEAM, SPECIALISTISCH_MAATWERK");
            }
            enumeration(req(t, "resultaat"), ptr + "/resultaat", Resultaat.class);
            LocalDate einddatum = date(req(t, "einddatum"), ptr + "/einddatum");
            if (einddatum != null && peildatum != null && einddatum.isAfter(peildatum)) {
                fout(ptr + "/einddatum", einddatum + ", na de peildatum " + peildatum, "een datum op of voor de peildatum");
            }
        }
    }

    /** Reports unknown fields and missing required ones. */
    private void fields(JsonNode object, String ptr, List<String> known, Set<String> required) {
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                fout(ptr + "/" + pointerEscape(name), "een onbekend veld", "alleen de velden " + String.join(", ", known));
            }
        }
        for (String name : known) {
            if (required.contains(name) && (!object.has(name) || object.get(name).isNull())) {
                fout(ptr + "/" + name, "niets (verplicht veld ontbreekt)", "het veld " + name + " is verplicht");
            }
        }
    }

    private boolean object(JsonNode node, String ptr) {
        if (absent(node)) {
            return false;
        }
        if (!node.isObject()) {
            fout(ptr, beschrijf(node), "een object");
            return false;
        }
        return true;
    }

    private boolean array(JsonNode node, String ptr) {
        if (!node.isArray()) {
            fout(ptr, beschrijf(node), "een lijst");
            return false;
        }
        return true;
    }

    private void text(JsonNode node, String ptr, Pattern pattern, String allowed) {
        if (absent(node)) {
            return;
        }
        if (!node.isTextual() || !pattern.matcher(node.asText()).matches()) {
            fout(ptr, beschrijf(node), allowed);
        }
    }

    private LocalDate date(JsonNode node, String ptr) {
        if (absent(node)) {
            return null;
        }
        if (node.isTextual() && DATE.matcher(node.asText()).matches()) {
            try {
                return LocalDate.parse(node.asText(), STRICT_DATE);
            } catch (DateTimeParseException e) {
                fout(ptr, beschrijf(node) + " (die datum bestaat niet)", "een bestaande datum JJJJ-MM-DD");
                return null;
            }
        }
        fout(ptr, beschrijf(node), "een datum JJJJ-MM-DD");
        return null;
    }

    private void integer(JsonNode node, String ptr, int min, int max) {
        if (!absent(node) && !isInteger(node, min, max)) {
            fout(ptr, beschrijf(node), "een geheel getal van " + min + " tot en met " + max);
        }
    }

    private static boolean isInteger(JsonNode node, int min, int max) {
        return node.isIntegralNumber() && node.canConvertToInt() && node.asInt() >= min && node.asInt() <= max;
    }

    private void bool(JsonNode node, String ptr) {
        if (!absent(node) && !node.isBoolean()) {
            fout(ptr, beschrijf(node), "true of false");
        }
    }

    private <E extends Enum<E>> boolean enumeration(JsonNode node, String ptr, Class<E> type) {
        if (absent(node)) {
            return false;
        }
        if (!node.isTextual() || !isValue(type, node.asText())) {
            fout(ptr, beschrijf(node), "een van " + values(type));
            return false;
        }
        return true;
    }

    private static <E extends Enum<E>> boolean isValue(Class<E> type, String text) {
        return ENUM_NAMES.get(type).contains(text);
    }

    private static <E extends Enum<E>> String values(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** What was found, briefly; long text is cut so free text never travels far. */
    private static String beschrijf(JsonNode node) {
        if (node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            String s = node.asText();
            return s.length() > ECHO_MAX ? "tekst van " + s.length() + " tekens" : "\"" + s + "\"";
        }
        if (node.isArray()) {
            return "een lijst";
        }
        if (node.isObject()) {
            return "een object";
        }
        return node.toString();
    }

    /** A field that is missing is absent; {@code null} is a value, refused where it stands. */
    private static boolean absent(JsonNode node) {
        return node == null;
    }

    /** A required field: {@code null} is as missing, and reported so by {@link #fields}. */
    private static JsonNode req(JsonNode object, String name) {
        JsonNode node = object.get(name);
        return node == null || node.isNull() ? null : node;
    }

    private static String pointerEscape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private void fout(String pad, String gevonden, String toegestaan) {
        fouten.add(new Fout(pad, gevonden, toegestaan));
    }
}
