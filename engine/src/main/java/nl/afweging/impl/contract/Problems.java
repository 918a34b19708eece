// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;

/**
 * The words of a problem that do not come from the declaration, and how a found value is described, for a JSON
 * node and for the record value it would be. What the citizen wrote travels as little as possible: a text is
 * repeated only when it is short, and then escaped, so that no control, bidi or other non-printing character (a
 * newline, an ANSI escape, a right-to-left override) reaches a terminal or a log; long text is named by its length,
 * a long number by its number of digits, free text by its type alone; an unknown name is named only when it is short
 * and printable.
 */
final class Problems {
    static final String MISSING = "niets (verplicht veld ontbreekt)";
    static final String UNKNOWN_FIELD = "een onbekend veld";
    static final String EMPTY_LIST = "een lege lijst";
    static final String AGAIN = " voor de tweede keer";
    static final String NO_SUCH_DAY = " (die datum bestaat niet)";
    static final String EXISTING_DATE = "een bestaande datum JJJJ-MM-DD";
    static final String NULL = "null";
    /** At most this many code points of a found text or name are repeated; longer ones are named by their length. */
    static final int ECHO_MAX = 40;
    /** What stands in a pointer for a name that is not repeated. */
    static final String NAME_NOT_SHOWN = "(naam niet getoond)";
    static final String UNSHOWN_NAME = " met een naam die niet getoond wordt (langer dan " + ECHO_MAX
            + " tekens, of met tekens die niet afdrukbaar zijn)";

    private Problems() {}

    /** What was found, briefly. */
    static String describe(JsonNode node) {
        if (node.isNull()) {
            return NULL;
        }
        if (node.isTextual()) {
            return describe(node.asText());
        }
        if (node.isNumber()) {
            String number = node.toString();
            return number.length() > ECHO_MAX ? "een getal van " + number.length() + " tekens" : number;
        }
        if (node.isBoolean()) {
            return node.toString();
        }
        return type(node);
    }

    /** The kind of value only, never the value: for free text, which is never repeated whatever its type. */
    static String type(JsonNode node) {
        if (node.isNull()) {
            return NULL;
        }
        if (node.isTextual()) {
            return length(node.asText());
        }
        if (node.isNumber()) {
            return "een getal";
        }
        if (node.isBoolean()) {
            return "true of false";
        }
        if (node.isArray()) {
            return "een lijst";
        }
        if (node.isObject()) {
            return "een object";
        }
        return "een waarde";
    }

    /** A text as found: quoted and escaped when short, otherwise only its length. */
    static String describe(String text) {
        return codePoints(text) > ECHO_MAX ? length(text) : "\"" + escape(text) + "\"";
    }

    static String listOf(int size) {
        return "een lijst van " + size + " elementen";
    }

    static String length(String text) {
        return "tekst van " + codePoints(text) + " tekens";
    }

    /** The number of characters as the schema counts them (code points, not UTF-16 units). */
    static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }

    static String after(LocalDate date, String limitName, LocalDate limit) {
        return date + ", na de " + limitName + " " + limit;
    }

    /** A name's step in a JSON pointer, or {@link #NAME_NOT_SHOWN} when the name is not {@link #showable}. */
    static String pointerStep(String name) {
        return showable(name) ? name.replace("~", "~0").replace("/", "~1") : NAME_NOT_SHOWN;
    }

    /** Whether a name may be repeated: at most {@link #ECHO_MAX} code points, every one printable. */
    static boolean showable(String name) {
        return codePoints(name) <= ECHO_MAX && name.codePoints().allMatch(Problems::printable);
    }

    /**
     * A text with every character that is not printable, and the backslash and the double quote, written as in
     * JSON ({@code \\u202e}, {@code \\n}, {@code \\\\}, {@code \\"}), so what is shown is exactly one line of
     * visible characters that reads the same left to right.
     */
    static String escape(String text) {
        StringBuilder s = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            String replacement = cp == '\\' ? "\\\\" : cp == '"' ? "\\\"" : printable(cp) ? null : unicodeEscape(text, i, next);
            if (replacement != null && s == null) {
                s = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (s != null) {
                if (replacement != null) {
                    s.append(replacement);
                } else {
                    s.appendCodePoint(cp);
                }
            }
            i = next;
        }
        return s == null ? text : s.toString();
    }

    private static String unicodeEscape(String text, int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < to; i++) {
            s.append(String.format("\\u%04x", (int) text.charAt(i)));
        }
        return s.toString();
    }

    /**
     * Printable: a letter, digit, mark, punctuation, symbol or the plain space; not a control character, a format
     * character (bidi overrides and isolates, zero-width characters, the byte order mark), a line or paragraph
     * separator, another space (a no-break space looks like a space but is not one), a surrogate, a private-use or
     * an unassigned code point.
     */
    static boolean printable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> {
                return false;
            }
            default -> {
                return true;
            }
        }
    }
}
