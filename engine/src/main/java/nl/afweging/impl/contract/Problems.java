package nl.afweging.impl.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;

/**
 * The words of a problem that do not come from the declaration, and how a found value is described, for a JSON
 * node and for the record value it would be. Long text is never repeated, so free text never travels far.
 */
final class Problems {
    static final String MISSING = "niets (verplicht veld ontbreekt)";
    static final String UNKNOWN_FIELD = "een onbekend veld";
    static final String EMPTY_LIST = "een lege lijst";
    static final String AGAIN = " voor de tweede keer";
    static final String NO_SUCH_DAY = " (die datum bestaat niet)";
    static final String EXISTING_DATE = "een bestaande datum JJJJ-MM-DD";
    static final String NULL = "null";
    private static final int ECHO_MAX = 40;

    private Problems() {}

    /** What was found, briefly. */
    static String describe(JsonNode node) {
        if (node.isNull()) {
            return NULL;
        }
        if (node.isTextual()) {
            return describe(node.asText());
        }
        if (node.isArray()) {
            return "een lijst";
        }
        if (node.isObject()) {
            return "een object";
        }
        return node.toString();
    }

    /** A text as found: quoted when short, otherwise only its length. */
    static String describe(String text) {
        return text.length() > ECHO_MAX ? length(text) : "\"" + text + "\"";
    }

    static String length(String text) {
        return "tekst van " + text.length() + " tekens";
    }

    static String after(LocalDate date, String limitName, LocalDate limit) {
        return date + ", na de " + limitName + " " + limit;
    }

    static String pointerEscape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
