// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.docs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.afweging.docs.Document.Block;
import nl.afweging.docs.Document.Code;
import nl.afweging.docs.Document.Field;
import nl.afweging.docs.Document.Fields;
import nl.afweging.docs.Document.Items;
import nl.afweging.docs.Document.Paragraph;
import nl.afweging.docs.Document.Section;
import nl.afweging.docs.Document.Style;
import nl.afweging.docs.Document.Table;
import nl.afweging.docs.Document.Text;
import nl.afweging.impl.ruleset.Bron;
import nl.afweging.impl.ruleset.RuleSource;
import nl.afweging.impl.ruleset.tables.DecisionTable;
import nl.afweging.model.GemeenteRegels;
import nl.afweging.model.Regel;
import nl.afweging.model.Regelsoort;

/**
 * Builds the documentation of one rule set: Regelset, Parameters, De ZRM-ladder, Regels (grouped by file, in
 * source order) and Algoritmeregister. Every fact comes from the rule files; the texts around them are Dutch
 * (B1). Nothing depends on the clock or the folder the rules were read from, so the same rule set always gives
 * the same document.
 */
final class DocsBuilder {
    static final String REGELSET = "Regelset";
    static final String PARAMETERS = "Parameters";
    static final String LADDER = "De ZRM-ladder";
    static final String REGELS = "Regels";
    static final String ALGORITMEREGISTER = "Algoritmeregister";
    private static final int MAX_IDS_IN_FILE_LIST = 15;

    private final DocumentedRuleSet rs;
    private final List<RuleGroup> groups;
    private final Anchors anchors = new Anchors();
    private final String regelsetAnchor;
    private final String parametersAnchor;
    private final String ladderAnchor;
    private final String regelsAnchor;
    private final Map<String, String> groupAnchors = new HashMap<>();
    /** Where each rule id is described: its own entry, the catalogue table or the parameter table. */
    private final Map<String, String> ruleAnchors = new HashMap<>();

    DocsBuilder(DocumentedRuleSet rs) {
        this.rs = rs;
        this.groups = RuleGroup.of(rs.regels(), rs::bestand, this::notes);
        // Anchors are handed out in document order, as GitHub numbers repeated headings.
        regelsetAnchor = anchors.forHeading(REGELSET);
        parametersAnchor = anchors.forHeading(PARAMETERS);
        ladderAnchor = anchors.forHeading(LADDER);
        regelsAnchor = anchors.forHeading(REGELS);
        rs.vanSoort(Regelsoort.PARAMETER).forEach(p -> ruleAnchors.put(p.id(), parametersAnchor));
        for (RuleGroup group : groups) {
            String groupAnchor = anchors.forHeading(group.title());
            groupAnchors.put(group.file(), groupAnchor);
            for (Regel regel : group.regels()) {
                ruleAnchors.put(regel.id(), isCatalogue(group) ? groupAnchor : anchors.forHeading(entryHeading(regel)));
            }
        }
    }

    Document build() {
        GemeenteRegels gemeente = rs.regelset().gemeente();
        String titel = "Regelset " + rs.regelset().naam() + " " + rs.regelset().versie()
                + (gemeente == null ? "" : " met de regels van gemeente " + gemeente.code());
        List<Block> intro = List.of(
                new Paragraph(Text.plain("Deze documentatie beschrijft elke regel van de regelset: wat de regel ziet, wat hij "
                        + "betekent en waarop hij steunt. Ze is gemaakt uit de regelbestanden zelf (met ")
                        .plus(Text.code("afweging docs")).plus("), dus ze loopt nooit achter op de regels.")),
                new Paragraph(Text.plain("Verandert een regel of een parameter, maak de documentatie dan opnieuw. "
                        + "Dezelfde regels geven altijd precies dezelfde tekst, dus een vergelijking van twee versies "
                        + "laat precies de beleidswijziging zien.")));
        List<Section> sections = List.of(regelset(), parameters(), ladder(), regels(),
                new AlgoritmeregisterSection(rs, groups, anchors, this::ruleLink, parametersAnchor, ladderAnchor).build());
        return new Document(titel, intro, sections);
    }

    // ---- Regelset

    private Section regelset() {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("Naam", Text.plain(rs.regelset().naam())));
        fields.add(new Field("Versie", Text.plain(rs.regelset().versie())));
        fields.add(new Field("Geldig vanaf", Text.plain(rs.regelset().geldigVanaf().toString())));
        if (rs.beschrijving() != null) {
            fields.add(new Field("Omschrijving", Text.plain(rs.beschrijving())));
        }
        GemeenteRegels gemeente = rs.regelset().gemeente();
        if (gemeente != null) {
            fields.add(new Field("Gemeente", Text.plain(gemeente.code() + ": " + gemeente.naam() + " " + gemeente.versie()
                    + ", bovenop deze versie. Een regel met een id dat de versie ook heeft, vervangt die regel; een nieuw id"
                    + " voegt een regel toe. Hun bestanden staan onder gemeenten/" + gemeente.code() + "/.")));
            fields.add(new Field("Hash van de gemeenteregels", Text.code(gemeente.hash())));
        }
        fields.add(new Field(gemeente == null ? "Hash (SHA-256)" : "Hash (SHA-256) van versie en gemeenteregels samen",
                Text.code(rs.regelset().hash())));
        fields.add(new Field("Inhoud", Text.plain(contents())));
        List<List<Text>> files = new ArrayList<>();
        for (String file : rs.bestanden()) {
            files.add(List.of(Text.code(file), fileContents(file)));
        }
        return new Section(regelsetAnchor, REGELSET, List.of(
                new Fields(fields),
                new Paragraph(Text.plain("Elk advies noemt in ").plus(Text.code("regelset"))
                        .plus(" de naam, de versie en de hash van de regelset waarmee het is gemaakt. Is die hash gelijk "
                                + "aan de hash hierboven, dan is het advies met precies deze regels gemaakt. De hash gaat over "
                                + "alle bestanden hieronder: verandert er één teken, dan verandert de hash.")),
                new Table(List.of(Text.plain("Bestand"), Text.plain("Inhoud")), files)), List.of());
    }

    private String contents() {
        return count(rs.vanSoort(Regelsoort.BESLISREGEL).size(), "beslisregel", "beslisregels") + ", "
                + count(rs.vanSoort(Regelsoort.PARAMETER).size(), "parameter", "parameters") + ", "
                + count(rs.vanSoort(Regelsoort.VOORZIENING).size(), "voorziening", "voorzieningen") + " in de catalogus en "
                + count(rs.vanSoort(Regelsoort.AFRONDING).size(), "regel", "regels") + " die het advies vaststelt";
    }

    private Text fileContents(String file) {
        if (file.equals(RuleSource.MANIFEST)) {
            return Text.plain("het manifest: naam, versie en geldig vanaf");
        }
        if (file.endsWith("/" + RuleSource.MANIFEST)) {
            return Text.plain("het manifest van de gemeenteregels: naam en versie");
        }
        List<Regel> rules = rs.regels().stream().filter(r -> rs.bestand(r).equals(file)).toList();
        if (rules.isEmpty()) {
            return Text.plain("geen regels");
        }
        if (rules.stream().allMatch(r -> r.soort() == Regelsoort.VOORZIENING)) {
            return Text.plain(count(rules.size(), "voorziening", "voorzieningen") + " (catalogus)");
        }
        if (rules.size() > MAX_IDS_IN_FILE_LIST) {
            return Text.plain(count(rules.size(), "regel", "regels"));
        }
        String prefix = rules.stream().allMatch(r -> r.soort() == Regelsoort.PARAMETER) ? "parameters " : "";
        return Text.plain(prefix).plus(Text.join(rules.stream().map(r -> ruleLink(r.id())).toList(), ", "));
    }

    // ---- Parameters

    private Section parameters() {
        List<Regel> params = rs.vanSoort(Regelsoort.PARAMETER);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(Text.plain("Parameters zijn drempels en termijnen. Regels lezen ze bij hun naam. Wil de "
                + "gemeente een drempel veranderen, dan past ze de waarde van de parameter aan, niet de regels die hem lezen.")));
        if (params.isEmpty()) {
            blocks.add(new Paragraph(Text.plain("Deze regelset heeft geen parameters.")));
        } else {
            List<List<Text>> rows = new ArrayList<>();
            for (Regel p : params) {
                Integer waarde = rs.parameters().get(p.id());
                List<Text> users = rs.regels().stream()
                        .filter(r -> DocumentedRuleSet.gelezenParameters(r).contains(p.id()))
                        .map(r -> ruleLink(r.id())).toList();
                rows.add(List.of(Text.code(p.id()), Text.strong(waarde == null ? "–" : waarde.toString()), Text.plain(grenzen(p)),
                        Text.plain(p.naam()),
                        Text.plain(p.uitleg()), Text.plain(p.grondslag()),
                        users.isEmpty() ? Text.plain("geen regel") : Text.join(users, ", "), Text.code(p.bron())));
            }
            blocks.add(new Table(List.of(Text.plain("Parameter"), Text.plain("Waarde"), Text.plain("Grenzen"), Text.plain("Naam"),
                    Text.plain("Uitleg"),
                    Text.plain("Grondslag"), Text.plain("Gebruikt door"), Text.plain("Bron")), rows));
        }
        return new Section(parametersAnchor, PARAMETERS, blocks, List.of());
    }

    /** The bounds the parameter table gives a parameter (its minimum and maximum columns), e.g. "2 tot en met 8". */
    private String grenzen(Regel parameter) {
        var written = rs.geschreven().get(parameter.id());
        String min = written == null ? null : written.meta("minimum");
        String max = written == null ? null : written.meta("maximum");
        boolean heeftMin = min != null && !min.isBlank();
        boolean heeftMax = max != null && !max.isBlank();
        return heeftMin && heeftMax ? min + " tot en met " + max
                : heeftMin ? "vanaf " + min : heeftMax ? "tot en met " + max : "–";
    }

    // ---- De ZRM-ladder

    /** The ladder is every decision table that sets the basisniveau, shown as its rows: conditions, then outcome. */
    private Section ladder() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(Text.plain("Het basisniveau volgt uit de scores op de Zelfredzaamheid-Matrix (ZRM). Elke rij "
                + "hieronder is een regel: staan de voorwaarden links, dan geldt het basisniveau rechts. Een streepje (–) "
                + "betekent: maakt niet uit.")));
        List<DecisionTable> ladders = new ArrayList<>();
        rs.tabellen().values().forEach(tables -> tables.stream().filter(DocsBuilder::setsBasisniveau).forEach(ladders::add));
        if (ladders.isEmpty()) {
            blocks.add(new Paragraph(Text.plain("Deze regelset heeft geen beslistabel die een basisniveau bepaalt.")));
        }
        for (DecisionTable table : ladders) {
            DecisionTable.Keyword hitPolicy = table.keyword("HitPolicy");
            if (hitPolicy != null && hitPolicy.value().strip().equalsIgnoreCase("UNIQUE")) {
                blocks.add(new Paragraph(Text.plain("Elke combinatie van scores past in precies één rij (").plus(Text.code("HitPolicy UNIQUE"))
                        .plus("); ").plus(Text.code("afweging validate")).plus(" controleert dat er geen gaten of overlappingen zijn.")));
            }
            blocks.add(ladderTable(table));
            List<Text> legend = new ArrayList<>();
            for (DecisionTable.Column column : table.columns()) {
                String explanation = DecisionTableText.explanation(column);
                if ((column.isCondition() || column.isAction()) && explanation != null) {
                    legend.add(Text.strong(DecisionTableText.shortLabel(column)).plus(": " + explanation));
                }
            }
            if (!legend.isEmpty()) {
                blocks.add(new Items(legend));
            }
            Set<String> params = new LinkedHashSet<>();
            rs.regels().stream().filter(r -> rs.bestand(r).equals(table.file()))
                    .forEach(r -> params.addAll(DocumentedRuleSet.gelezenParameters(r)));
            if (!params.isEmpty()) {
                blocks.add(new Paragraph(Text.plain("De ladder gebruikt deze parameters, met hun huidige waarde: ")
                        .plus(Text.join(params.stream().map(this::parameterValue).toList(), ", ")).plus(".")));
            }
            String group = groupAnchors.get(table.file());
            if (group != null) {
                blocks.add(new Paragraph(Text.plain("De uitleg en de grondslag van elke rij staan bij ")
                        .plus(Text.link(groupTitle(table.file()), Style.PLAIN, group)).plus(".")));
            }
        }
        return new Section(ladderAnchor, LADDER, blocks, List.of());
    }

    static boolean setsBasisniveau(DecisionTable table) {
        return table.columns().stream().anyMatch(c -> c.isAction() && c.template().contains("new Basisniveau("));
    }

    private Table ladderTable(DecisionTable table) {
        DecisionTable.Column id = table.metadata("id");
        DecisionTable.Column naam = table.metadata("naam");
        List<DecisionTable.Column> shown = table.columns().stream().filter(c -> c.isCondition() || c.isAction()).toList();
        List<Text> header = new ArrayList<>(List.of(Text.plain("Regel"), Text.plain("Naam")));
        shown.forEach(c -> header.add(Text.plain((c.isAction() ? "→ " : "") + DecisionTableText.shortLabel(c))));
        List<List<Text>> rows = new ArrayList<>();
        for (DecisionTable.Row row : table.rows()) {
            List<Text> cells = new ArrayList<>();
            String ruleId = id == null ? "" : row.cell(id);
            cells.add(ruleId.isEmpty() ? Text.plain(new Bron(table.file(), row.number()).tekst()) : ruleLink(ruleId));
            cells.add(Text.plain(naam == null ? "" : row.cell(naam)));
            shown.forEach(c -> cells.add(DecisionTableText.cell(c, row.cell(c))));
            rows.add(cells);
        }
        return new Table(header, rows);
    }

    // ---- Regels

    private Section regels() {
        List<Block> blocks = List.of(new Paragraph(Text.plain("Elke regel heeft een vaste id, een naam, een grondslag en een "
                + "uitleg. Doet een regel mee in een advies, dan staat hij met die uitleg in het advies (in ")
                .plus(Text.code("regels")).plus("), met de gegevens die hij las. Bij elke regel staat hieronder wat hij leest "
                        + "uit de aanvraag, welke parameters hij gebruikt (met hun huidige waarde) en waar hij staat: het bestand "
                        + "en de regel, of bij een tabel het rijnummer. De groepen volgen de volgorde van de afweging; binnen "
                        + "een groep staan de regels in de volgorde van het bestand.")));
        List<Section> subsections = new ArrayList<>();
        for (RuleGroup group : groups) {
            subsections.add(group(group));
        }
        return new Section(regelsAnchor, REGELS, blocks, subsections);
    }

    private Section group(RuleGroup group) {
        List<Block> blocks = new ArrayList<>();
        if (group.introduction() != null) {
            blocks.add(new Paragraph(Text.plain(group.introduction())));
        }
        if (isCatalogue(group)) {
            blocks.add(new Paragraph(Text.plain("Elke rij is een voorziening die een advies kan voorstellen, bij het niveau en "
                    + "de soort hulpvraag in die rij.")));
            blocks.addAll(catalogueTables(group));
            return new Section(groupAnchors.get(group.file()), group.title(), blocks, List.of());
        }
        List<Section> entries = group.regels().stream().map(this::entry).toList();
        return new Section(groupAnchors.get(group.file()), group.title(), blocks, entries);
    }

    /** A catalogue is shown as its table, when every row of it is a decision-table rule. */
    private boolean isCatalogue(RuleGroup group) {
        return group.soort() == Regelsoort.VOORZIENING && group.regels().stream().allMatch(r -> rs.tabelregel(r).isPresent());
    }

    private List<Table> catalogueTables(RuleGroup group) {
        Map<DecisionTable, List<Regel>> byTable = new LinkedHashMap<>();
        for (Regel regel : group.regels()) {
            byTable.computeIfAbsent(rs.tabelregel(regel).orElseThrow().table(), t -> new ArrayList<>()).add(regel);
        }
        List<Table> tables = new ArrayList<>();
        byTable.forEach((table, regels) -> {
            DecisionTable.Column id = table.metadata("id");
            List<DecisionTable.Column> shown = table.columns().stream().filter(c -> c != id).toList();
            List<Text> header = new ArrayList<>();
            header.add(Text.plain(id == null ? "Id" : DecisionTableText.shortLabel(id)));
            shown.forEach(c -> header.add(Text.plain(DecisionTableText.shortLabel(c))));
            header.add(Text.plain("Bron"));
            List<List<Text>> cells = new ArrayList<>();
            for (Regel regel : regels) {
                DecisionTable.Row row = rs.tabelregel(regel).orElseThrow().row();
                List<Text> line = new ArrayList<>();
                line.add(Text.code(id == null ? "" : row.cell(id)));
                shown.forEach(c -> line.add(DecisionTableText.cell(c, row.cell(c))));
                line.add(Text.code(regel.bron()));
                cells.add(line);
            }
            tables.add(new Table(header, cells));
        });
        return tables;
    }

    static String entryHeading(Regel regel) {
        return regel.id() + ": " + regel.naam();
    }

    private Section entry(Regel regel) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(Text.plain(regel.uitleg())));
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("Grondslag", Text.plain(regel.grondslag())));
        Optional<DocumentedRuleSet.TableRule> tableRule = rs.tabelregel(regel);
        tableRule.ifPresent(tr -> {
            List<Text> conditions = DecisionTableText.filledIn(tr.table(), tr.row(), "CONDITION");
            fields.add(new Field("Voorwaarden", conditions.isEmpty() ? Text.plain("geen: de regel geldt altijd")
                    : Text.join(conditions, "; ")));
            List<Text> outcome = DecisionTableText.filledIn(tr.table(), tr.row(), "ACTION");
            outcome.addAll(DecisionTableText.extraMetadata(tr.table(), tr.row()));
            if (!outcome.isEmpty()) {
                fields.add(new Field("Uitkomst", Text.join(outcome, "; ")));
            }
        });
        List<String> velden = DocumentedRuleSet.gelezenVelden(regel);
        fields.add(new Field("Leest uit de aanvraag", velden.isEmpty() ? Text.plain("niets")
                : Text.join(velden.stream().map(Text::code).toList(), ", ")));
        List<String> params = DocumentedRuleSet.gelezenParameters(regel);
        if (!params.isEmpty()) {
            fields.add(new Field("Parameters", Text.join(params.stream().map(this::parameterValue).toList(), ", ")));
        }
        fields.add(new Field("Bron", Text.code(regel.bron())));
        blocks.add(new Fields(fields));
        rs.drlTekst(regel).ifPresent(drl -> {
            blocks.add(new Paragraph(Text.plain("Zo staat de regel in ").plus(Text.code(rs.bestand(regel))).plus(":")));
            blocks.add(new Code(drl));
        });
        return new Section(ruleAnchors.get(regel.id()), entryHeading(regel), blocks, List.of());
    }

    // ---- shared

    /** A rule id that links to where the rule is described. */
    Text ruleLink(String id) {
        String anchor = ruleAnchors.get(id);
        return anchor == null ? Text.code(id) : Text.link(id, Style.CODE, anchor);
    }

    /** "meervoudigVanaf = 3", linking to the parameter table. */
    private Text parameterValue(String naam) {
        Integer waarde = rs.parameters().get(naam);
        return Text.link(naam, Style.CODE, parametersAnchor).plus(" = ").plus(Text.strong(waarde == null ? "?" : waarde.toString()));
    }

    private String groupTitle(String file) {
        return groups.stream().filter(g -> g.file().equals(file)).map(RuleGroup::title).findFirst().orElse(file);
    }

    /** The Notes of a file's first decision table, or null. */
    private String notes(String file) {
        return rs.tabellen().getOrDefault(file, List.of()).stream().map(t -> t.keyword("Notes")).filter(k -> k != null)
                .map(DecisionTable.Keyword::value).filter(v -> !v.isBlank()).findFirst().orElse(null);
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
