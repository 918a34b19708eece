// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

/** Escaping for the CLI's HTML pages: every text that comes from rules or input goes through it. */
final class Html {
    private Html() {}

    /** The five characters that could end a text or an attribute early; the result is also well-formed XML. */
    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
