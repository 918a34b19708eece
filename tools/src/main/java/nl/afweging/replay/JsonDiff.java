// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.TreeSet;
import nl.afweging.impl.audit.CanonicalJson;

/**
 * The differences between two JSON values, each at its JSON pointer. Objects are compared field by field and
 * lists of objects of equal length item by item; any other value is compared whole, so a changed list of codes
 * shows as one difference rather than a shift of every item. Numbers compare by value (55.80 equals 55.8).
 */
final class JsonDiff {
    private JsonDiff() {}

    static void diff(String pointer, JsonNode expected, JsonNode actual, List<Verschil> out) {
        if (expected != null && actual != null && expected.isObject() && actual.isObject()) {
            TreeSet<String> fields = new TreeSet<>();
            expected.fieldNames().forEachRemaining(fields::add);
            actual.fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                diff(pointer + "/" + escape(field), expected.get(field), actual.get(field), out);
            }
        } else if (expected != null && actual != null && expected.isArray() && actual.isArray()
                   && expected.size() == actual.size() && expected.size() > 0 && expected.get(0).isObject()) {
            for (int i = 0; i < expected.size(); i++) {
                diff(pointer + "/" + i, expected.get(i), actual.get(i), out);
            }
        } else {
            String e = text(expected);
            String a = text(actual);
            if (!e.equals(a)) {
                out.add(new Verschil(pointer, e, a));
            }
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isMissingNode() ? "null" : CanonicalJson.write(node);
    }

    /** RFC 6901: '~' and '/' in a field name. */
    private static String escape(String field) {
        return field.replace("~", "~0").replace("/", "~1");
    }
}
