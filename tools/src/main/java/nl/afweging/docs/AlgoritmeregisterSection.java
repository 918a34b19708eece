// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.docs;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.afweging.docs.Document.Block;
import nl.afweging.docs.Document.Field;
import nl.afweging.docs.Document.Fields;
import nl.afweging.docs.Document.Items;
import nl.afweging.docs.Document.Paragraph;
import nl.afweging.docs.Document.Section;
import nl.afweging.docs.Document.Style;
import nl.afweging.docs.Document.Table;
import nl.afweging.docs.Document.Text;
import nl.afweging.model.Niveau;
import nl.afweging.model.Regel;
import nl.afweging.model.Regelsoort;

/**
 * The fields an entry in a Dutch algoritmeregister asks for (algoritmes.overheid.nl), filled from the rule set
 * where it can be: naam, versie, omschrijving, doel, wettelijke basis (every grondslag the rules cite), menselijke
 * tussenkomst, gebruikte gegevens (every aanvraag field a rule reads), werking, and the hash to verify it by. What
 * only the gemeente knows is listed as still to fill in.
 */
final class AlgoritmeregisterSection {
    /**
     * Order grondslagen as a reader looks them up: alphabetically, ignoring case and accents ("één" with "e").
     * Plain Unicode decomposition rather than a Collator, whose rules may change with the JDK: the output must not.
     */
    private static final Comparator<String> ALPHABETICAL = Comparator.comparing(AlgoritmeregisterSection::sortKey)
            .thenComparing(Comparator.naturalOrder());

    private final DocumentedRuleSet rs;
    private final List<RuleGroup> groups;
    private final Anchors anchors;
    private final Function<String, Text> ruleLink;
    private final String parametersAnchor;
    private final String ladderAnchor;

    AlgoritmeregisterSection(DocumentedRuleSet rs, List<RuleGroup> groups, Anchors anchors, Function<String, Text> ruleLink,
                             String parametersAnchor, String ladderAnchor) {
        this.rs = rs;
        this.groups = groups;
        this.anchors = anchors;
        this.ruleLink = ruleLink;
        this.parametersAnchor = parametersAnchor;
        this.ladderAnchor = ladderAnchor;
    }

    Section build() {
        String anchor = anchors.forHeading(DocsBuilder.ALGORITMEREGISTER);
        List<Block> blocks = List.of(
                new Paragraph(Text.plain("Deze gegevens zijn bedoeld voor de beschrijving van dit algoritme in het "
                        + "algoritmeregister van de gemeente. Wat uit de regelset volgt, is hieronder ingevuld. Wat alleen "
                        + "de gemeente weet, staat bij Nog in te vullen door de gemeente.")),
                new Fields(List.of(
                        new Field("Naam", Text.plain(rs.regelset().naam())),
                        new Field("Versie", Text.plain(rs.regelset().versie())),
                        new Field("Geldig vanaf", Text.plain(rs.regelset().geldigVanaf().toString())),
                        new Field("Soort algoritme", Text.plain("Regelgebaseerd: vaste regels en beslistabellen. Het algoritme "
                                + "leert niet zelf. Dezelfde aanvraag geeft met dezelfde regelset altijd hetzelfde advies.")))));
        List<Section> fields = List.of(
                section("Korte omschrijving", omschrijving()),
                section("Doel en impact", doel()),
                section("Wettelijke basis", grondslagen()),
                section("Menselijke tussenkomst", tussenkomst()),
                section("Gebruikte gegevens", gegevens()),
                section("Werking", werking()),
                section("Bron en controle", bron()),
                section("Nog in te vullen door de gemeente", inTeVullen()));
        return new Section(anchor, DocsBuilder.ALGORITMEREGISTER, blocks, fields);
    }

    private Section section(String heading, List<Block> blocks) {
        return new Section(anchors.forHeading(heading), heading, blocks, List.of());
    }

    private List<Block> omschrijving() {
        List<Block> blocks = new ArrayList<>();
        if (rs.beschrijving() != null) {
            blocks.add(new Paragraph(Text.plain(rs.beschrijving())));
        }
        blocks.add(new Paragraph(Text.plain("Het algoritme geeft bij een hulpvraag (Wmo 2015 of Jeugdwet) een advies over het "
                + "lichtste niveau van hulp dat voldoende is: ").plus(niveaus()).plus(". Het advies legt uit welke regels "
                + "meededen en waarom een lichter niveau niet genoeg is. Een professional beslist; het algoritme niet.")));
        return blocks;
    }

    private static Text niveaus() {
        return Text.join(Arrays.stream(Niveau.values()).map(n -> Text.code(n.name())).toList(), ", ");
    }

    private List<Block> doel() {
        return List.of(
                new Paragraph(Text.plain("Het algoritme helpt een professional van de gemeente of het lokaal team om een "
                        + "hulpvraag af te wegen volgens het afwegingskader van de gemeente: zo licht als mogelijk, zo zwaar als "
                        + "nodig. Eerst eigen kracht, het netwerk en de sociale basis; specialistische hulp waar dat nodig is.")),
                new Paragraph(Text.plain("Voor inwoners betekent dit: een vergelijkbare vraag krijgt een vergelijkbaar advies, "
                        + "en elk advies is na te gaan. Het advies kan wel invloed hebben op de hulp die een inwoner krijgt. "
                        + "Daarom beslist altijd een mens (zie Menselijke tussenkomst).")));
    }

    private List<Block> grondslagen() {
        // The same grondslag written with other capitals or accents ("Eén gezin", "één gezin") is one grondslag; the
        // first spelling shows.
        Map<String, String> spelling = new HashMap<>();
        Map<String, List<String>> byRule = new TreeMap<>(ALPHABETICAL);
        Map<String, Integer> byVoorziening = new TreeMap<>(ALPHABETICAL);
        for (Regel regel : rs.regels()) {
            for (String cited : split(regel.grondslag())) {
                String grondslag = spelling.computeIfAbsent(sortKey(cited), k -> cited);
                if (regel.soort() == Regelsoort.VOORZIENING) {
                    byVoorziening.merge(grondslag, 1, Integer::sum);
                } else {
                    byRule.computeIfAbsent(grondslag, g -> new ArrayList<>()).add(regel.id());
                }
            }
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(Text.plain("Elke regel noemt zijn grondslag: een wetsartikel, of een bron uit het beleid "
                + "zoals de Zelfredzaamheid-Matrix of de Meldcode. Dit zijn alle grondslagen die de regels noemen, met de "
                + "regels die ze noemen.")));
        List<List<Text>> rows = new ArrayList<>();
        byRule.forEach((g, ids) -> rows.add(List.of(Text.plain(g), Text.join(ids.stream().map(ruleLink).toList(), ", "))));
        blocks.add(new Table(List.of(Text.plain("Grondslag"), Text.plain("Regels")), rows));
        if (!byVoorziening.isEmpty()) {
            blocks.add(new Paragraph(Text.plain("De voorzieningen in de catalogus noemen deze grondslagen:")));
            List<List<Text>> catalogue = new ArrayList<>();
            byVoorziening.forEach((g, n) -> catalogue.add(List.of(Text.plain(g), Text.plain(n.toString()))));
            blocks.add(new Table(List.of(Text.plain("Grondslag"), Text.plain("Voorzieningen")), catalogue));
        }
        return blocks;
    }

    /** "A; B" cites two grondslagen; a ';' inside parentheses ("Jeugdwet (...; JZ020 47/48)") does not split. */
    static List<String> split(String grondslag) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < grondslag.length(); i++) {
            char c = grondslag.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == ';' && depth == 0) {
                parts.add(grondslag.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(grondslag.substring(start));
        return parts.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private static String sortKey(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private List<Block> tussenkomst() {
        return List.of(new Paragraph(Text.plain("Het algoritme geeft een advies, geen besluit. Elk advies zegt dat zelf: ")
                .plus(Text.code("menselijkeBeoordelingVereist: true")).plus(". Een professional weegt het advies, praat met de "
                        + "inwoner en kan van het advies afwijken. Het besluit over een maatwerkvoorziening of individuele "
                        + "voorziening (de beschikking) neemt het college van burgemeester en wethouders. Er is dus geen "
                        + "besluit dat alleen op geautomatiseerde verwerking berust (AVG artikel 22).")));
    }

    private List<Block> gegevens() {
        Map<String, List<Regel>> readers = new TreeMap<>();
        for (Regel regel : rs.regels()) {
            DocumentedRuleSet.gelezenVelden(regel).forEach(v -> readers.computeIfAbsent(v, k -> new ArrayList<>()).add(regel));
        }
        List<List<Text>> rows = new ArrayList<>();
        readers.forEach((veld, regels) -> rows.add(List.of(Text.code(veld), readBy(regels))));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(Text.plain("Het algoritme gebruikt alleen de gegevens in de aanvraag en de ")
                .plus(Text.link("parameters", Style.PLAIN, parametersAnchor)).plus(" van de regelset; het haalt niets op uit "
                        + "andere bronnen. Dit zijn alle velden van de aanvraag die een regel leest, met de regels die ze lezen:")));
        blocks.add(new Table(List.of(Text.plain("Gegeven"), Text.plain("Gelezen door")), rows));
        blocks.add(new Items(List.of(
                Text.plain("Het vrije tekstveld ").plus(Text.code("hulpvraag.omschrijving")).plus(readers.containsKey("hulpvraag.omschrijving")
                        ? " wordt door een regel gelezen (zie hierboven)." : " gebruikt het algoritme nooit: geen regel leest het,")
                        .plus(" en het komt nooit in een advies, een log of een auditrecord."),
                Text.plain("De aanvraag bevat geen BSN: ").plus(Text.code("id")).plus(" is een pseudoniem."),
                Text.plain("Elk advies noemt per regel de gegevens die de regel las (").plus(Text.code("gelezen")).plus(").")
        )));
        return blocks;
    }

    /** The rules that read a field, by id; catalogue rows only counted, there are many. */
    private Text readBy(List<Regel> regels) {
        List<Text> parts = new ArrayList<>(regels.stream().filter(r -> r.soort() != Regelsoort.VOORZIENING)
                .map(r -> ruleLink.apply(r.id())).toList());
        long voorzieningen = regels.stream().filter(r -> r.soort() == Regelsoort.VOORZIENING).count();
        if (voorzieningen > 0) {
            parts.add(Text.plain(DocsBuilder.count((int) voorzieningen, "voorziening", "voorzieningen") + " in de catalogus"));
        }
        return Text.join(parts, ", ");
    }

    private List<Block> werking() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(Text.plain("Het advies is het laagste niveau dat voldoende is. De niveaus zijn, van licht naar "
                + "zwaar: ").plus(niveaus()).plus(". De regels doen in deze groepen mee:")));
        List<Text> steps = new ArrayList<>();
        for (RuleGroup group : groups) {
            List<Text> ids = group.regels().stream().map(r -> ruleLink.apply(r.id())).toList();
            Text what = group.soort() == Regelsoort.VOORZIENING
                    ? Text.plain(DocsBuilder.count(ids.size(), "voorziening", "voorzieningen") + " bij het geadviseerde niveau")
                    : Text.join(ids, ", ");
            steps.add(Text.strong(group.title()).plus(": ").plus(what));
        }
        blocks.add(new Items(steps));
        for (Regel besluit : rs.vanSoort(Regelsoort.AFRONDING)) {
            blocks.add(new Paragraph(Text.plain("Zo komt het advies tot stand (").plus(ruleLink.apply(besluit.id())).plus("): ")
                    .plus(besluit.uitleg())));
        }
        blocks.add(new Paragraph(Text.plain("Hoe de ZRM-scores het basisniveau geven, staat bij ")
                .plus(Text.link(DocsBuilder.LADDER, Style.PLAIN, ladderAnchor)).plus(". Voor elk niveau onder het advies zegt "
                        + "het advies waarom dat niveau niet genoeg is. Elk advies noemt elke regel die meedeed, met grondslag, "
                        + "uitleg, bron en de gegevens die de regel las. De kostenindicatie in de catalogus is alleen een "
                        + "referentiekader: geen regel kiest een niveau op grond van kosten.")));
        return blocks;
    }

    private List<Block> bron() {
        String files = rs.bestanden().stream().collect(Collectors.joining(", "));
        return List.of(
                new Fields(List.of(
                        new Field("Regelset", Text.plain(rs.regelset().naam() + " " + rs.regelset().versie())),
                        new Field("Hash (SHA-256)", Text.code(rs.regelset().hash())),
                        new Field("Bestanden", Text.plain(files)))),
                new Paragraph(Text.plain("Elk advies en elk auditrecord noemt de naam, de versie en de hash van de regelset. "
                        + "Met ").plus(Text.code("afweging replay")).plus(" is elk advies uit het auditlog opnieuw te berekenen "
                        + "en te vergelijken. Met ").plus(Text.code("afweging validate")).plus(" is de regelset te controleren "
                        + "op fouten, gaten en overlappingen.")));
    }

    private static List<Block> inTeVullen() {
        return List.of(new Items(List.of(
                Text.strong("Organisatie en afdeling").plus(": de gemeente die het algoritme gebruikt."),
                Text.strong("Contact").plus(": waar inwoners met vragen over het algoritme terechtkunnen."),
                Text.strong("Status").plus(": in ontwikkeling, in gebruik of buiten gebruik, met de datum."),
                Text.strong("Impacttoetsen").plus(": de DPIA en, waar gedaan, de IAMA."),
                Text.strong("Bezwaar en beroep").plus(": bezwaar gaat over het besluit van het college (Algemene wet "
                        + "bestuursrecht), niet over het advies. Noem waar en hoe een inwoner bezwaar maakt."),
                Text.strong("Risicobeheer").plus(": wie de regels beheert, hoe wijzigingen worden getest en goedgekeurd."))));
    }
}
