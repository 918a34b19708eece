// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.contract;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import nl.afweging.model.Fout;

/**
 * The reading of one aanvraag's text, the same for every way in (a String from the library, a file, stdin, a line
 * of JSON Lines), before its JSON is checked against the contract:
 * <ul>
 *   <li>at most {@link #MAX_BYTES} bytes of UTF-8, enforced while reading: a longer input is never read further;</li>
 *   <li>strict UTF-8: the first byte that is not UTF-8 is refused with its offset, never replaced by U+FFFD;</li>
 *   <li>no byte order mark: RFC 8259 says a JSON text has none, and accepting it at the start of a file but not
 *       of a line of a batch would make the two differ; refused everywhere, with a word on how to save without;</li>
 *   <li>JSON nested at most {@link #MAX_DEPTH} deep; every key once.</li>
 * </ul>
 * Each refusal is an ordinary problem of the aanvraag ({@link Refused}), never an exception of another kind.
 */
public final class AanvraagInput {
    /**
     * The most bytes one aanvraag may take. The largest valid aanvraag, written compactly, is about 30 KB (4,000
     * characters of omschrijving at up to 4 bytes each, 25 huisgenoten, 100 eerdere trajecten); the limit leaves
     * room for indentation and keeps a batch of several hundred lines in flight small.
     */
    public static final int MAX_BYTES = 64 * 1024;

    /** The deepest nesting of objects and lists; the aanvraag itself goes 3 deep (a huisgenoot in its list). */
    public static final int MAX_DEPTH = 16;

    static final String ALLOWED = "één JSON-object volgens aanvraag.schema.json";
    private static final String TOO_LONG = "meer dan " + MAX_BYTES + " bytes";
    private static final String SIZE_ALLOWED = "een aanvraag van hoogstens " + MAX_BYTES + " bytes (64 KiB)";
    private static final String BOM_FOUND = "een byte-order-mark (BOM) aan het begin";
    private static final String BOM_ALLOWED = "UTF-8 zonder BOM (sla het bestand op als \"UTF-8\", niet als \"UTF-8 met BOM\")";

    private AanvraagInput() {}

    /** The input is no aanvraag that can be checked: its problems. */
    public static final class Refused extends Exception {
        private final transient Fouten fouten;

        Refused(Fout fout) {
            super(fout.melding(), null, false, false);
            this.fouten = Fouten.of(fout);
        }

        public Fouten fouten() {
            return fouten;
        }
    }

    /** Reads one aanvraag from a stream, never more than {@link #MAX_BYTES} + 1 bytes of it, and parses it. */
    public static JsonNode read(InputStream in) throws IOException, Refused {
        byte[] buffer = in.readNBytes(MAX_BYTES + 1);
        if (buffer.length > MAX_BYTES) {
            throw tooLong();
        }
        return parse(decode(buffer, buffer.length));
    }

    /** Strict UTF-8 of the first {@code length} bytes, refused with the offset of the first bad byte, or a BOM. */
    public static String decode(byte[] bytes, int length) throws Refused {
        if (length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            throw new Refused(new Fout("", BOM_FOUND, BOM_ALLOWED));
        }
        if (length > MAX_BYTES) {
            throw tooLong();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            throw new Refused(new Fout("", String.format("een byte die geen UTF-8 is: 0x%02x op byte-offset %d (de eerste byte is 0)",
                    bytes[at] & 0xff, at), "tekst in UTF-8"));
        }
        out.flip();
        return out.toString();
    }

    public static Refused tooLong() {
        return new Refused(new Fout("", TOO_LONG, SIZE_ALLOWED));
    }

    /** Parses one aanvraag's JSON text: no BOM, at most {@link #MAX_BYTES} in UTF-8, nested at most {@link #MAX_DEPTH}. */
    public static JsonNode parse(String json) throws Refused {
        if (!json.isEmpty() && json.charAt(0) == '\uFEFF') {
            throw new Refused(new Fout("", BOM_FOUND, BOM_ALLOWED));
        }
        if (utf8Length(json) > MAX_BYTES) {
            throw tooLong();
        }
        JsonNode tree;
        try {
            tree = JsonSupport.readAanvraagTree(json);
        } catch (IOException e) {
            throw new Refused(problem(e));
        }
        if (tree == null || tree.isMissingNode()) {
            throw new Refused(new Fout("", "geen invoer", ALLOWED));
        }
        return tree;
    }

    /** The number of bytes a text takes in UTF-8 (a lone surrogate as the 3 bytes of its replacement), counted without copying. */
    static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /**
     * A parse error in Dutch, with line and column and, for a key that occurs twice, the pointer to it; never
     * Jackson's own message, which quotes the input.
     */
    static Fout problem(IOException e) {
        String where = "";
        if (e instanceof JsonProcessingException j && j.getLocation() != null) {
            where = " (regel " + j.getLocation().getLineNr() + ", kolom " + j.getLocation().getColumnNr() + ")";
        }
        if (e instanceof StreamConstraintsException) {
            return new Fout("", "JSON die dieper genest is dan " + MAX_DEPTH + " niveaus" + where,
                    "hoogstens " + MAX_DEPTH + " niveaus van objecten en lijsten in elkaar");
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof JsonParseException p && message.startsWith("Duplicate field")) {
            String pad = p.getProcessor() != null ? pointer(p.getProcessor().getParsingContext()) : "";
            return new Fout(pad, "een veld dat twee keer voorkomt" + where, "elk veld één keer");
        }
        return new Fout("", "geen geldige JSON: " + reason(e, message) + where, ALLOWED);
    }

    private static String reason(IOException e, String message) {
        if (e instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
            return "de tekst houdt halverwege op";
        }
        if (message.startsWith("Trailing token")) {
            return "na het eerste JSON-object staat nog iets";
        }
        if (message.startsWith("Illegal unquoted character")) {
            return "een stuurteken (zoals een regeleinde) binnen een tekst";
        }
        if (message.startsWith("Unrecognized token") || message.startsWith("Unexpected character")
                || message.startsWith("Unrecognized character escape") || message.startsWith("Invalid numeric value")
                || message.startsWith("Non-standard token") || message.contains("leading zero")) {
            return "een teken of woord dat daar niet kan staan";
        }
        return "de opbouw klopt niet";
    }

    /** The pointer of a parser's place, each name shown only when it is short and printable. */
    static String pointer(JsonStreamContext context) {
        StringBuilder pointer = new StringBuilder();
        String[] steps = new String[Math.max(0, context.getNestingDepth()) + 1];
        int n = 0;
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            steps[n++] = c.inArray() ? Integer.toString(Math.max(0, c.getCurrentIndex()))
                    : c.getCurrentName() == null ? "" : Problems.pointerStep(c.getCurrentName());
        }
        for (String step : Arrays.copyOf(steps, n)) {
            pointer.insert(0, step).insert(0, '/');
        }
        return pointer.toString();
    }
}
