// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule set's documentation as a tree of sections and blocks of text, independent of how it is written out:
 * {@link RuleSetDocs} builds one and renders the same tree as Markdown and as HTML, so the two formats can never
 * say different things. Text is plain (never markup): a renderer escapes it for its format.
 */
public record Document(String title, List<Block> introduction, List<Section> sections) {

    /**
     * Keeps unmodifiable copies of both lists.
     *
     * @param title the document's title
     * @param introduction the blocks before the first section
     * @param sections the sections
     */
    public Document {
        introduction = List.copyOf(introduction);
        sections = List.copyOf(sections);
    }

    /**
     * A section with a heading, its own blocks and its subsections. {@code anchor} is unique in the document and
     * is the heading's GitHub-style slug, so links work in the HTML page and in Markdown on GitHub alike.
     */
    public record Section(String anchor, String heading, List<Block> blocks, List<Section> subsections) {
        /**
         * Keeps unmodifiable copies of both lists.
         *
         * @param anchor the heading's slug, unique in the document
         * @param heading the heading
         * @param blocks the section's own blocks
         * @param subsections its subsections
         */
        public Section {
            blocks = List.copyOf(blocks);
            subsections = List.copyOf(subsections);
        }
    }

    /** One block of a section. */
    public sealed interface Block permits Paragraph, Table, Items, Fields, Code {}

    /**
     * A paragraph of text.
     *
     * @param text the text
     */
    public record Paragraph(Text text) implements Block {}

    /** A table with a header row; every row has as many cells as the header. */
    public record Table(List<Text> header, List<List<Text>> rows) implements Block {
        /**
         * Keeps unmodifiable copies; refuses a row whose size differs from the header's.
         *
         * @param header the header row
         * @param rows the rows, each as long as the header
         */
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<Text> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("a row has " + row.size() + " cells, the header " + header.size());
                }
            }
        }
    }

    /** A bulleted list. */
    public record Items(List<Text> items) implements Block {
        /**
         * Keeps an unmodifiable copy.
         *
         * @param items the items
         */
        public Items {
            items = List.copyOf(items);
        }
    }

    /** Named values ("Grondslag: ..."), as a definition list. */
    public record Fields(List<Field> fields) implements Block {
        /**
         * Keeps an unmodifiable copy.
         *
         * @param fields the named values
         */
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    /**
     * One named value.
     *
     * @param name the name
     * @param value the value
     */
    public record Field(String name, Text value) {}

    /** Text shown exactly as written in a rule file (monospaced, line breaks kept). */
    public record Code(String text) implements Block {}

    /** How a span of text is shown. */
    public enum Style {
        /** Plain text. */
        PLAIN,
        /** Monospaced, as code. */
        CODE,
        /** Strong (bold). */
        STRONG
    }

    /** A run of text in one style; {@code anchor}, when not null, makes it a link to that section. */
    public record Span(String text, Style style, String anchor) {}

    /** A line of text made of spans. */
    public record Text(List<Span> spans) {
        /**
         * Keeps an unmodifiable copy.
         *
         * @param spans the spans, in order
         */
        public Text {
            spans = List.copyOf(spans);
        }

        /**
         * Plain text.
         *
         * @param text the text
         * @return the text as one span
         */
        public static Text plain(String text) {
            return new Text(List.of(new Span(text, Style.PLAIN, null)));
        }

        /**
         * Text shown as code.
         *
         * @param text the text
         * @return the text as one span
         */
        public static Text code(String text) {
            return new Text(List.of(new Span(text, Style.CODE, null)));
        }

        /**
         * Text shown strong.
         *
         * @param text the text
         * @return the text as one span
         */
        public static Text strong(String text) {
            return new Text(List.of(new Span(text, Style.STRONG, null)));
        }

        /**
         * A link to a section.
         *
         * @param text the text
         * @param style how it is shown
         * @param anchor the section's anchor
         * @return the link as one span
         */
        public static Text link(String text, Style style, String anchor) {
            return new Text(List.of(new Span(text, style, anchor)));
        }

        /**
         * No text.
         *
         * @return a text without spans
         */
        public static Text empty() {
            return new Text(List.of());
        }

        /**
         * This text followed by {@code more}.
         *
         * @param more the text to add
         * @return a new text
         */
        public Text plus(Text more) {
            List<Span> all = new ArrayList<>(spans);
            all.addAll(more.spans);
            return new Text(all);
        }

        /**
         * This text followed by plain text.
         *
         * @param plainText the text to add
         * @return a new text
         */
        public Text plus(String plainText) {
            return plus(plain(plainText));
        }

        /**
         * The texts with {@code separator} (plain) between them.
         *
         * @param texts the texts
         * @param separator what goes between them
         * @return the joined text
         */
        public static Text join(List<Text> texts, String separator) {
            Text joined = empty();
            for (int i = 0; i < texts.size(); i++) {
                joined = i == 0 ? texts.get(i) : joined.plus(separator).plus(texts.get(i));
            }
            return joined;
        }

        /**
         * The text without styles, e.g. for a search or a title.
         *
         * @return the text as a string
         */
        public String plainText() {
            StringBuilder s = new StringBuilder();
            spans.forEach(span -> s.append(span.text()));
            return s.toString();
        }
    }

    /**
     * Every section, depth first, in document order.
     *
     * @return the sections
     */
    public List<Section> allSections() {
        List<Section> all = new ArrayList<>();
        sections.forEach(s -> collect(s, all));
        return all;
    }

    private static void collect(Section section, List<Section> all) {
        all.add(section);
        section.subsections().forEach(s -> collect(s, all));
    }
}
