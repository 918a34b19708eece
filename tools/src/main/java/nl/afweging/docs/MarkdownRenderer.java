// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.docs;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Writes a {@link Document} as GitHub-flavoured Markdown, with a table of contents. Text from the rule files is
 * escaped, so a '*', '|' or '<' in an uitleg stays a character and never becomes markup. Lines end in "\n" on
 * every platform, so the file is the same everywhere.
 */
final class MarkdownRenderer {
    /** ASCII punctuation that means something in Markdown; a backslash makes it literal (CommonMark). */
    private static final Pattern SPECIAL = Pattern.compile("[\\\\`*_\\[\\]<>|#]");
    private static final Pattern BACKTICKS = Pattern.compile("`+");
    /** The part before the character to escape: nothing for "-", "+" or "=", the digits for "1." or "1)". */
    private static final Pattern BLOCK_START = Pattern.compile("(\\d*)(?=[-+=](\\s|$)|(?<=\\d)[.)](\\s|$))");

    private final StringBuilder out = new StringBuilder();

    static String render(Document document) {
        return new MarkdownRenderer().document(document);
    }

    private String document(Document document) {
        out.append("# ").append(escape(document.title())).append("\n\n");
        document.introduction().forEach(this::block);
        out.append("**Inhoud**\n\n");
        for (Section section : document.sections()) {
            out.append("- ").append(link(section)).append('\n');
            section.subsections().forEach(sub -> out.append("  - ").append(link(sub)).append('\n'));
        }
        out.append('\n');
        document.sections().forEach(s -> section(s, 2));
        // One newline at the end, never a blank line.
        while (out.length() > 1 && out.charAt(out.length() - 1) == '\n' && out.charAt(out.length() - 2) == '\n') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    private static String link(Section section) {
        return "[" + escape(section.heading()) + "](#" + section.anchor() + ")";
    }

    private void section(Section section, int level) {
        out.append("#".repeat(Math.min(level, 6))).append(' ').append(escape(section.heading())).append("\n\n");
        section.blocks().forEach(this::block);
        section.subsections().forEach(s -> section(s, level + 1));
    }

    private void block(Block block) {
        if (block instanceof Paragraph p) {
            out.append(inline(p.text(), false)).append("\n\n");
        } else if (block instanceof Items items) {
            items.items().forEach(i -> out.append("- ").append(inline(i, false)).append('\n'));
            out.append('\n');
        } else if (block instanceof Fields fields) {
            fields.fields().forEach(f -> out.append("- **").append(escape(f.name())).append(":** ")
                    .append(inline(f.value(), false)).append('\n'));
            out.append('\n');
        } else if (block instanceof Table table) {
            table(table);
        } else if (block instanceof Code code) {
            String fence = "`".repeat(Math.max(3, longestBacktickRun(code.text()) + 1));
            out.append(fence).append('\n').append(code.text().replace("\r", "")).append('\n').append(fence).append("\n\n");
        } else {
            throw new IllegalArgumentException(block.getClass().getName());
        }
    }

    private void table(Table table) {
        out.append('|');
        table.header().forEach(h -> out.append(' ').append(inline(h, true)).append(" |"));
        out.append("\n|");
        table.header().forEach(h -> out.append("---|"));
        out.append('\n');
        for (List<Text> row : table.rows()) {
            out.append('|');
            row.forEach(c -> out.append(' ').append(inline(c, true)).append(" |"));
            out.append('\n');
        }
        out.append('\n');
    }

    /** One line of text; {@code inTable}: a '|' must be escaped even inside code, and a line break becomes a space. */
    private static String inline(Text text, boolean inTable) {
        StringBuilder s = new StringBuilder();
        for (Span span : text.spans()) {
            String t = span.text().replaceAll("\\s*\\R\\s*", " ");
            String shown = switch (span.style()) {
                case PLAIN -> escape(t);
                case STRONG -> t.isBlank() ? escape(t) : "**" + escape(t) + "**";
                case CODE -> code(inTable ? t.replace("|", "\\|") : t);
            };
            s.append(span.anchor() == null ? shown : "[" + shown + "](#" + span.anchor() + ")");
        }
        return inTable ? s.toString() : literalStart(s.toString());
    }

    /** Text that starts like a list item or a heading underline ("- ", "1. ", "=") stays text. */
    private static String literalStart(String line) {
        Matcher m = BLOCK_START.matcher(line);
        return m.lookingAt() ? m.group(1) + "\\" + line.substring(m.group(1).length()) : line;
    }

    /** A code span that holds any text: the fence is one backtick longer than the longest run inside. */
    private static String code(String t) {
        if (t.isEmpty()) {
            return "";
        }
        String fence = "`".repeat(longestBacktickRun(t) + 1);
        String pad = t.startsWith("`") || t.endsWith("`") ? " " : "";
        return fence + pad + t + pad + fence;
    }

    private static int longestBacktickRun(String t) {
        int longest = 0;
        Matcher m = BACKTICKS.matcher(t);
        while (m.find()) {
            longest = Math.max(longest, m.group().length());
        }
        return longest;
    }

    static String escape(String text) {
        return SPECIAL.matcher(text).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
    }
}
