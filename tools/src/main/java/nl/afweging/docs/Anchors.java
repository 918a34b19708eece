// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.docs;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Gives every section of a document a unique anchor: the heading's slug as GitHub makes it (lower case, letters,
 * digits, '-' and '_' kept, spaces to '-', the rest dropped), with "-1", "-2" for a repeat. So the table of
 * contents and cross-links work in the HTML page and in the Markdown on GitHub.
 */
final class Anchors {
    private final Map<String, Integer> used = new HashMap<>();

    String forHeading(String heading) {
        String slug = slug(heading);
        Integer seen = used.get(slug);
        used.put(slug, seen == null ? 1 : seen + 1);
        if (seen == null) {
            return slug;
        }
        String unique = slug + "-" + seen;
        used.putIfAbsent(unique, 1);
        return unique;
    }

    static String slug(String heading) {
        StringBuilder s = new StringBuilder();
        for (char c : heading.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                s.append(c);
            } else if (c == ' ') {
                s.append('-');
            }
        }
        return s.length() == 0 ? "sectie" : s.toString();
    }
}
