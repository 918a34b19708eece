// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.afweging.docs.Document.Section;
import nl.afweging.docs.Document.Table;
import nl.afweging.docs.Document.Text;
import nl.afweging.Engine;
import nl.afweging.RuleSetLoadException;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.Regel;
import nl.afweging.model.Regelsoort;
import nl.afweging.testkit.TestRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documentation says what the loaded rule set says: every rule of {@code Engine.regels()} with its facts,
 * every parameter with its value, the ladder from the ladder table, the algoritmeregister fields from the rules;
 * and it says it the same way every time.
 */
class RuleSetDocsTest {
    private static Engine engine;
    private static RuleSetDocs docs;
    private static Document document;

    @BeforeAll
    static void load() {
        engine = TestRules.standard();
        docs = RuleSetDocs.ofDefault();
        document = docs.document();
    }

    @Test
    void theVersionInForceOnADayIsTheOneDocumentedAndADayWithoutOneIsNamed() {
        Path rules = TestRules.root().resolve("rules");
        assertThat(RuleSetDocs.inForceOn(rules, java.time.LocalDate.of(2026, 12, 31), null).regelset().versie()).isEqualTo("2026.1");
        assertThat(RuleSetDocs.inForceOn(rules, java.time.LocalDate.of(2027, 1, 1), "1728").regelset().gemeente().code())
                .isEqualTo("1728");
        assertThat(RuleSetDocs.defaultInForceOn(java.time.LocalDate.of(2027, 1, 1), null).regelset().versie()).isEqualTo("2027.1");
        assertThatThrownBy(() -> RuleSetDocs.inForceOn(rules, java.time.LocalDate.of(2025, 12, 31), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Op 2025-12-31 geldt geen versie");
    }

    @Test
    void everyRuleIsDescribedWithItsIdNaamGrondslagUitlegAndBronTogether() {
        List<String> units = units(document);
        assertThat(engine.regels()).isNotEmpty();
        for (Regel regel : engine.regels()) {
            assertThat(units).as("a section or table row describing %s", regel.id())
                    .anySatisfy(u -> assertThat(u).contains(regel.id(), regel.naam(), regel.grondslag(), regel.uitleg(), regel.bron()));
        }
    }

    @Test
    void everyBeslisregelHasAnEntryThatListsWhatItReadsAndItsParameterValues() {
        for (Regel regel : engine.regels()) {
            if (regel.soort() != Regelsoort.BESLISREGEL) {
                continue;
            }
            Section entry = section(regel.id() + ": " + regel.naam());
            String text = text(entry);
            for (String path : regel.leest()) {
                if (path.startsWith("parameter.")) {
                    String naam = path.substring("parameter.".length());
                    assertThat(text).as(regel.id()).contains(naam + " = " + engine.parameters().get(naam));
                } else {
                    assertThat(text).as(regel.id()).contains(path);
                }
            }
        }
    }

    @Test
    void theRenderedFormatsNameEveryRuleAndItsBron() {
        String markdown = unescapeMarkdown(docs.markdown());
        String html = docs.html();
        for (Regel regel : engine.regels()) {
            assertThat(markdown).contains(regel.id(), regel.naam(), regel.grondslag(), regel.bron());
            assertThat(html).contains(escapeHtml(regel.id()), escapeHtml(regel.naam()), escapeHtml(regel.grondslag()), regel.bron());
        }
    }

    @Test
    void everyParameterIsListedWithItsCurrentValue() {
        Table table = tables(section("Parameters")).get(0);
        // The documentation and Engine.parameters() show the newest version: 2027.1 counts meervoudig from two leefgebieden.
        assertThat(engine.parameters()).containsEntry("meervoudigVanaf", 2).hasSize(5);
        engine.parameters().forEach((naam, waarde) -> assertThat(table.rows()).as(naam)
                .anySatisfy(row -> {
                    assertThat(row.get(0).plainText()).isEqualTo(naam);
                    assertThat(row.get(1).plainText()).isEqualTo(waarde.toString());
                }));
    }

    @Test
    void theLadderTableHasOneRowPerLadderRuleInSourceOrder() {
        Table ladder = tables(section("De ZRM-ladder")).get(0);
        List<String> ladderIds = engine.regels().stream().filter(r -> r.bron().startsWith("ladder.drl.csv:")).map(Regel::id).toList();

        assertThat(ladder.rows()).extracting(row -> row.get(0).plainText()).containsExactlyElementsOf(ladderIds);
        int basisniveau = headerIndex(ladder, "→ basisniveau");
        assertThat(ladder.rows()).extracting(row -> row.get(0).plainText() + "=" + row.get(basisniveau).plainText())
                .contains("L0=LOKAAL_TEAM", "L1=NORMALISATIE", "L2=SOCIALE_BASIS", "L5=SPECIALISTISCH_MAATWERK");
    }

    @Test
    void theAlgoritmeregisterListsEveryGrondslagEveryFieldReadAndHumanOversight() {
        String register = text(section("Algoritmeregister"));
        Set<String> fields = new TreeSet<>();
        for (Regel regel : engine.regels()) {
            regel.leest().stream().filter(p -> !p.startsWith("parameter.")).forEach(fields::add);
            // One grondslag written with other capitals or accents is listed once, in its first spelling.
            for (String grondslag : regel.grondslag().split(";(?![^(]*\\))")) {
                assertThat(folded(register)).contains(folded(grondslag.strip()));
            }
        }
        List<String> grondslagen = rowsFirstCells(tables(section("Wettelijke basis")).get(0));
        assertThat(grondslagen.stream().map(RuleSetDocsTest::folded).distinct().toList()).hasSameSizeAs(grondslagen);
        assertThat(grondslagen).contains("Jeugdwet (jeugdbescherming en jeugdreclassering; JZ020 47/48)", "Wmo 2015 art. 2.3.3");
        assertThat(fields).contains("zrm", "veiligheid", "hulpvraag.soorten");
        assertThat(rowsFirstCells(tables(section("Gebruikte gegevens")).get(0))).containsExactlyElementsOf(fields);
        assertThat(register).contains("menselijkeBeoordelingVereist: true", "AVG artikel 22", "college",
                "hulpvraag.omschrijving", engine.regelset().hash(), engine.regelset().versie());
    }

    @Test
    void everyLinkLeadsToASectionAndEveryAnchorIsUnique() {
        List<String> anchors = document.allSections().stream().map(Section::anchor).toList();
        assertThat(new HashSet<>(anchors)).hasSameSizeAs(anchors);
        List<String> targets = new ArrayList<>();
        forEachText(document, t -> t.spans().stream().filter(s -> s.anchor() != null).forEach(s -> targets.add(s.anchor())));
        assertThat(targets).isNotEmpty();
        assertThat(anchors).containsAll(targets);
    }

    @Test
    void theSameRuleSetGivesByteIdenticalDocumentationFromTheJarAndFromAFolder() {
        RuleSetDocs again = RuleSetDocs.ofDefault();
        RuleSetDocs fromFolder = RuleSetDocs.of(TestRules.root().resolve("rules"));

        assertThat(again.markdown()).isEqualTo(docs.markdown());
        assertThat(again.html()).isEqualTo(docs.html());
        assertThat(fromFolder.markdown()).isEqualTo(docs.markdown());
        assertThat(fromFolder.render(DocsFormat.HTML)).isEqualTo(docs.html());
    }

    @Test
    void theHtmlIsACompleteStandalonePage() {
        String html = docs.html();
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"nl\">").contains("<meta charset=\"utf-8\">", "<style>",
                "<nav aria-label=\"Inhoud\">", "<h1>Regelset afwegingskader-standaard 2027.1</h1>").endsWith("</html>\n");
        assertThat(html).doesNotContain("<script", "http://", "https://", "<link");
        assertThat(count(html, "<section")).isEqualTo(count(html, "</section>")).isEqualTo(document.allSections().size());
        assertThat(count(html, "<table>")).isEqualTo(count(html, "</table>"));
    }

    @Test
    void ruleTextsAreEscapedInBothFormats(@TempDir Path dir) {
        Path rules = TestRules.edit(TestRules.copy(dir), "ladder.drl.csv",
                "Een algemene voorziening in de wijk past hierbij.",
                "Een algemene voorziening | *sterk* <script>alert('x')</script> & meer.");
        RuleSetDocs edited = RuleSetDocs.of(rules);

        assertThat(edited.html()).doesNotContain("<script").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; meer.");
        assertThat(edited.markdown()).doesNotContainPattern("(?<!\\\\)<script")
                .contains("Een algemene voorziening \\| \\*sterk\\* \\<script\\>alert('x')\\</script\\> & meer.");
    }

    @Test
    void formatsAreChosenByExtension() {
        assertThat(DocsFormat.voorBestand(Path.of("out/regels.md"))).contains(DocsFormat.MARKDOWN);
        assertThat(DocsFormat.voorBestand(Path.of("REGELS.HTML"))).contains(DocsFormat.HTML);
        assertThat(DocsFormat.voorBestand(Path.of("regels.txt"))).isEmpty();
        assertThat(DocsFormat.voorBestand(Path.of(".md"))).isEmpty();
        assertThat(DocsFormat.voorBestand(Path.of("regels.md.bak"))).isEmpty();
    }

    @Test
    void aRuleSetThatDoesNotLoadNamesItsProblems(@TempDir Path dir) {
        Path rules = TestRules.edit(TestRules.copy(dir), "stappen.drl", "@grondslag(\"Wmo 2015 art. 2.3.5 lid 3 (mantelzorg en sociaal netwerk)\")", "");

        assertThatThrownBy(() -> RuleSetDocs.of(rules)).isInstanceOf(RuleSetLoadException.class)
                .satisfies(e -> assertThat(((RuleSetLoadException) e).problems()).extracting(LoadProblem::plaats)
                        .anySatisfy(p -> assertThat(p).startsWith("stappen.drl:")));
    }

    // ---- helpers

    /** The text of each section (its own blocks) and of each table row: the places where one rule can be described. */
    private static List<String> units(Document document) {
        List<String> units = new ArrayList<>();
        for (Section section : document.allSections()) {
            units.add(section.heading() + "\n" + ownText(section));
            for (Table table : tables(section)) {
                table.rows().forEach(row -> units.add(String.join(" | ", row.stream().map(Text::plainText).toList())));
            }
        }
        return units;
    }

    private static Section section(String heading) {
        return document.allSections().stream().filter(s -> s.heading().equals(heading)).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + heading));
    }

    private static List<Table> tables(Section section) {
        return section.blocks().stream().filter(b -> b instanceof Table).map(b -> (Table) b).toList();
    }

    private static int headerIndex(Table table, String header) {
        List<String> headers = table.header().stream().map(Text::plainText).toList();
        assertThat(headers).contains(header);
        return headers.indexOf(header);
    }

    private static List<String> rowsFirstCells(Table table) {
        return table.rows().stream().map(r -> r.get(0).plainText()).toList();
    }

    /** A section's text with its subsections. */
    private static String text(Section section) {
        StringBuilder s = new StringBuilder(section.heading()).append('\n').append(ownText(section));
        section.subsections().forEach(sub -> s.append('\n').append(text(sub)));
        return s.toString();
    }

    private static String ownText(Section section) {
        StringBuilder s = new StringBuilder();
        section.blocks().forEach(b -> blockTexts(b).forEach(t -> s.append(t).append('\n')));
        return s.toString();
    }

    private static List<String> blockTexts(Document.Block block) {
        List<String> texts = new ArrayList<>();
        if (block instanceof Document.Paragraph p) {
            texts.add(p.text().plainText());
        } else if (block instanceof Document.Items items) {
            items.items().forEach(t -> texts.add(t.plainText()));
        } else if (block instanceof Document.Fields fields) {
            fields.fields().forEach(f -> texts.add(f.name() + ": " + f.value().plainText()));
        } else if (block instanceof Table table) {
            table.header().forEach(t -> texts.add(t.plainText()));
            table.rows().forEach(r -> r.forEach(t -> texts.add(t.plainText())));
        } else if (block instanceof Document.Code code) {
            texts.add(code.text());
        }
        return texts;
    }

    private static void forEachText(Document document, java.util.function.Consumer<Text> action) {
        document.introduction().forEach(b -> textsOf(b).forEach(action));
        document.allSections().forEach(s -> s.blocks().forEach(b -> textsOf(b).forEach(action)));
    }

    private static List<Text> textsOf(Document.Block block) {
        List<Text> texts = new ArrayList<>();
        if (block instanceof Document.Paragraph p) {
            texts.add(p.text());
        } else if (block instanceof Document.Items items) {
            texts.addAll(items.items());
        } else if (block instanceof Document.Fields fields) {
            fields.fields().forEach(f -> texts.add(f.value()));
        } else if (block instanceof Table table) {
            texts.addAll(table.header());
            table.rows().forEach(texts::addAll);
        }
        return texts;
    }

    private static String folded(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** Markdown as a reader sees it: backslash escapes removed. */
    private static String unescapeMarkdown(String markdown) {
        return markdown.replaceAll("\\\\(\\p{Punct})", "$1");
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void theDocumentationShowsTheVersionWithTheGemeentesRegels() {
        String markdown = RuleSetDocs.of(TestRules.root().resolve("rules"), "2027.1", "1728").markdown();
        assertThat(markdown).contains("2027.1", "1728", "gemeente-bladel", "SB-PSYCHISCH-INLOOP-BLADEL", "gemeenten/1728/parameters.drl.csv");
        assertThat(RuleSetDocs.of(TestRules.root().resolve("rules"), "2026.1", null).markdown()).doesNotContain("SB-PSYCHISCH-INLOOP-BLADEL");
        assertThatThrownBy(() -> RuleSetDocs.of(TestRules.root().resolve("rules"), "2030.1", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026.1").hasMessageContaining("2027.1");
    }
}
