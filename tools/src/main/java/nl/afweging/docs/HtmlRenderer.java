// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.docs;

import java.util.List;
import nl.afweging.docs.Document.Block;
import nl.afweging.docs.Document.Code;
import nl.afweging.docs.Document.Fields;
import nl.afweging.docs.Document.Items;
import nl.afweging.docs.Document.Paragraph;
import nl.afweging.docs.Document.Section;
import nl.afweging.docs.Document.Span;
import nl.afweging.docs.Document.Table;
import nl.afweging.docs.Document.Text;

/**
 * Writes a {@link Document} as one standalone HTML page (UTF-8, {@code lang="nl"}, inline CSS, a table of
 * contents; no scripts, no external files). Every text is escaped: rule texts come from files that policy staff
 * edit, and a {@code <script>} in an uitleg must show as text, never run.
 */
final class HtmlRenderer {
    private static final String CSS = String.join("\n",
            "body { font-family: system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif; line-height: 1.5; color: #1b1b1b;",
            "       max-width: 72rem; margin: 0 auto; padding: 1rem 2rem 4rem; }",
            "h1, h2, h3, h4 { line-height: 1.25; }",
            "h2 { border-bottom: 2px solid #154273; padding-bottom: .2rem; margin-top: 2.5rem; color: #154273; }",
            "h3 { margin-top: 2rem; }",
            "h4 { margin-top: 1.5rem; }",
            "nav { background: #f3f6f9; border: 1px solid #d5dde5; padding: .5rem 1.5rem; }",
            "nav h2 { border: 0; margin-top: .5rem; }",
            "table { border-collapse: collapse; margin: 1rem 0; font-size: .9rem; }",
            "th, td { border: 1px solid #c6cfd8; padding: .3rem .5rem; text-align: left; vertical-align: top; }",
            "th { background: #e8eef4; }",
            "code, pre { font-family: ui-monospace, \"SFMono-Regular\", Consolas, monospace; font-size: .9em; }",
            "code { background: #f3f3f3; padding: 0 .2em; }",
            "pre { background: #f6f8fa; border: 1px solid #e1e4e8; padding: .75rem; overflow-x: auto; }",
            "pre code { background: none; padding: 0; }",
            "dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }",
            "dt { font-weight: 600; }",
            "dd { margin: 0; }",
            ".tabel { overflow-x: auto; }",
            "@media print { nav { display: none; } body { max-width: none; } }");

    private final StringBuilder out = new StringBuilder();

    static String render(Document document) {
        return new HtmlRenderer().document(document);
    }

    private String document(Document document) {
        out.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(document.title())).append("</title>\n")
                .append("<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n<header>\n")
                .append("<h1>").append(escape(document.title())).append("</h1>\n");
        document.introduction().forEach(this::block);
        out.append("</header>\n<nav aria-label=\"Inhoud\">\n<h2>Inhoud</h2>\n<ul>\n");
        for (Section section : document.sections()) {
            out.append("<li>").append(link(section));
            if (!section.subsections().isEmpty()) {
                out.append("\n<ul>\n");
                section.subsections().forEach(sub -> out.append("<li>").append(link(sub)).append("</li>\n"));
                out.append("</ul>\n");
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n</nav>\n<main>\n");
        document.sections().forEach(s -> section(s, 2));
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private static String link(Section section) {
        return "<a href=\"#" + escape(section.anchor()) + "\">" + escape(section.heading()) + "</a>";
    }

    private void section(Section section, int level) {
        int h = Math.min(level, 6);
        out.append("<section id=\"").append(escape(section.anchor())).append("\">\n")
                .append("<h").append(h).append('>').append(escape(section.heading())).append("</h").append(h).append(">\n");
        section.blocks().forEach(this::block);
        section.subsections().forEach(s -> section(s, level + 1));
        out.append("</section>\n");
    }

    private void block(Block block) {
        if (block instanceof Paragraph p) {
            out.append("<p>").append(inline(p.text())).append("</p>\n");
        } else if (block instanceof Items items) {
            out.append("<ul>\n");
            items.items().forEach(i -> out.append("<li>").append(inline(i)).append("</li>\n"));
            out.append("</ul>\n");
        } else if (block instanceof Fields fields) {
            out.append("<dl>\n");
            fields.fields().forEach(f -> out.append("<dt>").append(escape(f.name())).append("</dt><dd>")
                    .append(inline(f.value())).append("</dd>\n"));
            out.append("</dl>\n");
        } else if (block instanceof Table table) {
            table(table);
        } else if (block instanceof Code code) {
            out.append("<pre><code>").append(escape(code.text())).append("</code></pre>\n");
        } else {
            throw new IllegalArgumentException(block.getClass().getName());
        }
    }

    private void table(Table table) {
        out.append("<div class=\"tabel\"><table>\n<thead><tr>");
        table.header().forEach(h -> out.append("<th scope=\"col\">").append(inline(h)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (List<Text> row : table.rows()) {
            out.append("<tr>");
            row.forEach(c -> out.append("<td>").append(inline(c)).append("</td>"));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table></div>\n");
    }

    private static String inline(Text text) {
        StringBuilder s = new StringBuilder();
        for (Span span : text.spans()) {
            String t = escape(span.text());
            String shown = switch (span.style()) {
                case PLAIN -> t;
                case STRONG -> "<strong>" + t + "</strong>";
                case CODE -> "<code>" + t + "</code>";
            };
            s.append(span.anchor() == null ? shown : "<a href=\"#" + escape(span.anchor()) + "\">" + shown + "</a>");
        }
        return s.toString();
    }

    /** Escapes text for element content and for a double- or single-quoted attribute. */
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
                case '\r' -> { }
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
