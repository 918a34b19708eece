package nl.afweging.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule set's documentation as a tree of sections and blocks of text, independent of how it is written out:
 * {@link RuleSetDocs} builds one and renders the same tree as Markdown and as HTML, so the two formats can never
 * say different things. Text is plain (never markup): a renderer escapes it for its format.
 */
public record Document(String titel, List<Block> inleiding, List<Section> secties) {

    public Document {
        inleiding = List.copyOf(inleiding);
        secties = List.copyOf(secties);
    }

    /**
     * A section with a heading, its own blocks and its subsections. {@code anchor} is unique in the document and
     * is the heading's GitHub-style slug, so links work in the HTML page and in Markdown on GitHub alike.
     */
    public record Section(String anchor, String kop, List<Block> blokken, List<Section> subsecties) {
        public Section {
            blokken = List.copyOf(blokken);
            subsecties = List.copyOf(subsecties);
        }
    }

    /** One block of a section. */
    public sealed interface Block permits Paragraph, Table, Items, Fields, Code {}

    public record Paragraph(Text tekst) implements Block {}

    /** A table with a header row; every row has as many cells as the header. */
    public record Table(List<Text> kop, List<List<Text>> rijen) implements Block {
        public Table {
            kop = List.copyOf(kop);
            rijen = rijen.stream().map(List::copyOf).toList();
            for (List<Text> rij : rijen) {
                if (rij.size() != kop.size()) {
                    throw new IllegalArgumentException("a row has " + rij.size() + " cells, the header " + kop.size());
                }
            }
        }
    }

    /** A bulleted list. */
    public record Items(List<Text> items) implements Block {
        public Items {
            items = List.copyOf(items);
        }
    }

    /** Named values ("Grondslag: ..."), as a definition list. */
    public record Fields(List<Field> velden) implements Block {
        public Fields {
            velden = List.copyOf(velden);
        }
    }

    public record Field(String naam, Text waarde) {}

    /** Text shown exactly as written in a rule file (monospaced, line breaks kept). */
    public record Code(String tekst) implements Block {}

    /** How a span of text is shown. */
    public enum Style { PLAIN, CODE, STRONG }

    /** A run of text in one style; {@code anchor}, when not null, makes it a link to that section. */
    public record Span(String tekst, Style stijl, String anchor) {}

    /** A line of text made of spans. */
    public record Text(List<Span> spans) {
        public Text {
            spans = List.copyOf(spans);
        }

        public static Text plain(String tekst) {
            return new Text(List.of(new Span(tekst, Style.PLAIN, null)));
        }

        public static Text code(String tekst) {
            return new Text(List.of(new Span(tekst, Style.CODE, null)));
        }

        public static Text strong(String tekst) {
            return new Text(List.of(new Span(tekst, Style.STRONG, null)));
        }

        public static Text link(String tekst, Style stijl, String anchor) {
            return new Text(List.of(new Span(tekst, stijl, anchor)));
        }

        public static Text empty() {
            return new Text(List.of());
        }

        /** This text followed by {@code more}. */
        public Text plus(Text more) {
            List<Span> all = new ArrayList<>(spans);
            all.addAll(more.spans);
            return new Text(all);
        }

        public Text plus(String plainText) {
            return plus(plain(plainText));
        }

        /** The texts with {@code separator} (plain) between them. */
        public static Text join(List<Text> texts, String separator) {
            Text joined = empty();
            for (int i = 0; i < texts.size(); i++) {
                joined = i == 0 ? texts.get(i) : joined.plus(separator).plus(texts.get(i));
            }
            return joined;
        }

        /** The text without styles, e.g. for a search or a title. */
        public String platteTekst() {
            StringBuilder s = new StringBuilder();
            spans.forEach(span -> s.append(span.tekst()));
            return s.toString();
        }
    }

    /** Every section, depth first, in document order. */
    public List<Section> alleSecties() {
        List<Section> all = new ArrayList<>();
        secties.forEach(s -> collect(s, all));
        return all;
    }

    private static void collect(Section section, List<Section> all) {
        all.add(section);
        section.subsecties().forEach(s -> collect(s, all));
    }
}
