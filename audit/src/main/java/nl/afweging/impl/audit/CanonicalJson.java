// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import nl.afweging.impl.support.Sha256;

/**
 * One JSON text per value, so a hash over it means the same thing to whoever recomputes it: object keys
 * sorted, no whitespace, numbers without trailing zeros or exponent (55.80 and 55.8 are one number), strings
 * escaped as Jackson escapes them. Reading keeps decimals exact, so writing what was read gives the same bytes.
 */
public final class CanonicalJson {
    /**
     * Reads JSON without turning decimals into doubles, refusing a key that occurs twice in one object (a reader that
     * kept the last one would read something else than what was hashed) and anything after the one value.
     */
    public static final ObjectMapper READER = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private CanonicalJson() {}

    public static String write(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    /** {@code sha256:} and the hex SHA-256 of the canonical text. */
    public static String sha256(JsonNode node) {
        return "sha256:" + Sha256.hex(write(node).getBytes(StandardCharsets.UTF_8));
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(names.get(i), out);
                out.append(':');
                write(node.get(names.get(i)), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                write(it.next(), out);
                if (it.hasNext()) {
                    out.append(',');
                }
            }
            out.append(']');
        } else if (node.isIntegralNumber()) {
            out.append(node.bigIntegerValue());
        } else if (node.isNumber()) {
            out.append(node.decimalValue().stripTrailingZeros().toPlainString());
        } else if (node.isTextual()) {
            string(node.textValue(), out);
        } else {
            out.append(node.isNull() || node.isMissingNode() ? "null" : node.asText());
        }
    }

    private static void string(String s, StringBuilder out) {
        try {
            out.append(READER.writeValueAsString(s));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
