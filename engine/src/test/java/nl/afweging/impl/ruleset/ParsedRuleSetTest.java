// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.Regelsoort;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The one reading of a rule set says what Drools compiles: the same rules with the same metadata, each placed at
 * its line or table row, each of the kind its actions make it; comments and strings do not mislead it.
 */
class ParsedRuleSetTest {
    private static final Path RULES = root().resolve("rules/2026.1");
    private static ParsedRuleSet parsed;

    @BeforeAll
    static void read() {
        parsed = ParsedRuleSet.of(RuleSource.fromDirectory(RULES));
    }

    @Test
    void theDefaultRulesReadWithoutProblems() {
        assertThat(parsed.problemen()).isEmpty();
        assertThat(parsed.manifest().naam()).isEqualTo("afwegingskader-standaard");
        assertThat(parsed.bestanden()).contains(RuleSource.MANIFEST, "ladder.drl.csv", "stappen.drl");
        assertThat(parsed.tabellen().keySet()).containsExactly("ladder.drl.csv", "parameters.drl.csv", "soorten.drl.csv",
                "vloeren.drl.csv", "voorzieningen.drl.csv");
    }

    @Test
    void everyRuleDroolsCompilesIsReadWithTheMetadataDroolsGivesIt() {
        List<LoadProblem> problems = new ArrayList<>();
        RuleCompiler.Compiled compiled = RuleCompiler.compile(parsed, null, problems, false);
        assertThat(problems).isEmpty();

        Map<String, Map<String, String>> byDrools = new HashMap<>();
        for (KieBase kieBase : List.of(compiled.regels(), compiled.parameters())) {
            for (KiePackage pkg : kieBase.getKiePackages()) {
                for (Rule rule : pkg.getRules()) {
                    Map<String, String> metadata = new HashMap<>();
                    rule.getMetaData().forEach((k, v) -> metadata.put(k, unquote(String.valueOf(v))));
                    byDrools.put(rule.getName(), metadata);
                }
            }
        }
        Map<String, Map<String, String>> asRead = new HashMap<>();
        parsed.regels().forEach(r -> asRead.put(r.naam(), r.metadata()));
        assertThat(asRead).hasSizeGreaterThan(80).isEqualTo(byDrools);
    }

    @Test
    void aRuleIsPlacedAtItsLineOrItsTableRow() throws IOException {
        ParsedRule e1 = rule("E1 gebruikelijke hulp");
        assertThat(e1.bron()).isEqualTo(new Bron("stappen.drl", lineOf("stappen.drl", "rule \"E1 gebruikelijke hulp\"")));
        assertThat(e1.isTabelregel()).isFalse();
        assertThat(e1.tekst()).startsWith("when\n    Casus(wet == Wet.WMO").endsWith("setNiveau(Niveau.NORMALISATIE) }\nend");

        ParsedRule l4 = parsed.regels().stream().filter(r -> "L4".equals(r.meta("id"))).findFirst().orElseThrow();
        int row = lineOf("ladder.drl.csv", "L4,");
        assertThat(l4.bron()).isEqualTo(new Bron("ladder.drl.csv", row));
        assertThat(l4.bron().tekst()).isEqualTo("ladder.drl.csv:" + row);
        assertThat(l4.rij().number()).isEqualTo(row);
        assertThat(l4.rij().cell(l4.tabel().metadata("id"))).isEqualTo("L4");
        assertThat(l4.bronVan("grondslag")).isEqualTo(new Bron("ladder.drl.csv", row, "J"));
        assertThat(l4.when()).contains("laagsteScore >= 1", "laagsteScore <= 2");
        assertThat(l4.tekst()).isNull();
    }

    @Test
    void theParameterTableIsCompiledApartWithoutItsAgendaGroupLineAndKeepsItsRows() throws IOException {
        List<ParsedFile> tables = parsed.regelbestanden().stream().filter(ParsedFile::parametertabel).toList();
        assertThat(tables).extracting(ParsedFile::pad).containsExactly("parameters.drl.csv");
        ParsedFile parameters = tables.get(0);
        assertThat(Files.readString(RULES.resolve("parameters.drl.csv"))).contains("Agenda-Group,parameters");
        assertThat(parameters.drl()).doesNotContainIgnoringCase("agenda-group").contains("rule \"Parameters_11\"");
        int row = lineOf("parameters.drl.csv", "meervoudigVanaf,");
        assertThat(parameters.regels()).first().satisfies(r -> {
            assertThat(r.meta("id")).isEqualTo("meervoudigVanaf");
            assertThat(r.bron()).isEqualTo(new Bron("parameters.drl.csv", row));
        });
    }

    @Test
    void eachRuleIsOfTheKindOfWhatItsActionsInsert() {
        for (ParsedRule r : parsed.regels()) {
            Regelsoort expected = switch (r.bron().bestand()) {
                case "parameters.drl.csv" -> Regelsoort.PARAMETER;
                case "voorzieningen.drl.csv" -> Regelsoort.VOORZIENING;
                case "afronding.drl" -> Regelsoort.AFRONDING;
                default -> Regelsoort.BESLISREGEL;
            };
            assertThat(r.soort()).as(r.naam()).isEqualTo(expected);
        }
        // The closing rule inserts a variable: its declared type says what it is.
        assertThat(rule("Besluit").then()).contains("insert(besluit)");
    }

    @Test
    void commentsAndStringsDoNotMisleadTheReading() {
        String drl = """
                package x;
                /*
                rule "Oud"
                    @id(OUD)
                when
                then
                end
                */
                rule "Nieuw" // rule "Nep"
                    @id(N1)
                    @grondslag("https://wetten.overheid.nl/ (art. 2) // geen commentaar")
                    @uitleg("Een uitleg met when en end erin, en een ) haakje")
                    salience 10
                when
                    Casus(gemeente == "when")
                then
                    insert(new Aandachtspunt("end"));
                end
                """;

        List<DrlRules.Rule> rules = DrlRules.in(drl);

        assertThat(rules).singleElement().satisfies(r -> {
            assertThat(r.naam()).isEqualTo("Nieuw");
            assertThat(r.regel()).isEqualTo(9);
            assertThat(r.laatsteRegel()).isEqualTo(18);
            assertThat(r.metadata()).containsOnly(Map.entry("id", "N1"),
                    Map.entry("grondslag", "https://wetten.overheid.nl/ (art. 2) // geen commentaar"),
                    Map.entry("uitleg", "Een uitleg met when en end erin, en een ) haakje"));
            assertThat(r.when()).isEqualTo("Casus(gemeente == \"when\")");
            assertThat(r.then().strip()).isEqualTo("insert(new Aandachtspunt(\"end\"));");
            assertThat(r.tekst()).startsWith("when\n").endsWith("end");
        });
    }

    @Test
    void theKindFollowsTheInsertedTypeNotAMention() {
        assertThat(RuleKind.of("Besluit besluit = Besluit.bereken($basis, $v, $p, false);\ninsert(besluit);")).isEqualTo(Regelsoort.AFRONDING);
        assertThat(RuleKind.of("insert(new Voorstel(\"X\", true));")).isEqualTo(Regelsoort.VOORZIENING);
        assertThat(RuleKind.of("insert(new nl.afweging.feiten.Parameter(\"a\", 1));")).isEqualTo(Regelsoort.PARAMETER);
        assertThat(RuleKind.of("insert(new Aandachtspunt(\"insert(new Parameter(x))\"));")).isEqualTo(Regelsoort.BESLISREGEL);
        assertThat(RuleKind.of("modify($basis) { setNiveau(Niveau.NORMALISATIE) }")).isEqualTo(Regelsoort.BESLISREGEL);
    }

    /** However a rule makes a parameter fact of its own, it is a parameter rule, which only a parameter table may hold. */
    @Test
    void aParameterFactMadeInAnyWayMakesAParameterRule() {
        assertThat(RuleKind.of("insert(new Parameters(java.util.Map.of(\"meervoudigVanaf\", 1)));")).isEqualTo(Regelsoort.PARAMETER);
        assertThat(RuleKind.of("insert((Object) new Parameters(null));")).isEqualTo(Regelsoort.PARAMETER);
        assertThat(RuleKind.of("Object p = new nl.afweging.feiten.Parameter(\"a\", 1);\ninsert(p);")).isEqualTo(Regelsoort.PARAMETER);
        assertThat(RuleKind.of("java.util.List.of(new Parameter (\"a\", 1)).forEach(x -> insert(x));")).isEqualTo(Regelsoort.PARAMETER);
        assertThat(RuleKind.of("java.util.function.Function<java.util.Map, Object> f = Parameters::new;")).isEqualTo(Regelsoort.PARAMETER);
        // Reading a parameter in an action makes none.
        assertThat(RuleKind.of("insert(new Vloer(Niveau.LOKAAL_TEAM, $parameters.waarde(\"volwassenVanaf\")));"))
                .isEqualTo(Regelsoort.BESLISREGEL);
    }

    @Test
    void placesSortByFileThenLineNumber() {
        assertThat(List.of(new Bron("vloeren.drl.csv", 9), new Bron("ladder.drl.csv", 10), new Bron("ladder.drl.csv", 9))
                .stream().sorted().map(Bron::tekst).toList())
                .containsExactly("ladder.drl.csv:9", "ladder.drl.csv:10", "vloeren.drl.csv:9");
    }

    @Test
    void aRuleDroolsCannotParseGivesNoRulesItsBuildNamesTheProblem() {
        assertThat(DrlRules.in("rule kapot")).isEmpty();
    }

    /**
     * A metadata text over several lines can hold what looks like a rule's body. What is read is what Drools
     * compiles: the body after the text, in the actions, the kind and the text the documentation shows.
     */
    @Test
    void aDecoyBodyInAMetadataTextIsNotTheRule() {
        String drl = """
                package x;
                import nl.afweging.feiten.*;
                rule "D1"
                    @id(D1)
                    @naam("Lokvogel
                when
                    Casus()
                then
                    insert(new Aandachtspunt("ONSCHULDIG"));
                end
                ")
                    @grondslag("g") @uitleg("u")
                when
                    Casus()
                then
                    insert(new Parameter("trajectTermijnMaanden", 600));
                end
                """;

        assertThat(DrlRules.in(drl)).singleElement().satisfies(r -> {
            assertThat(r.then()).contains("600").doesNotContain("ONSCHULDIG");
            assertThat(r.tekst()).contains("600").doesNotContain("ONSCHULDIG");
            assertThat(RuleKind.of(r.then())).isEqualTo(Regelsoort.PARAMETER);
        });
    }

    /** Drools' parser recurses per bracket: a file nested deeper than any rule needs is never given to it. */
    @Test
    void bracketsNestedTooDeepAreNeverParsed() {
        String deep = "rule R when Casus(" + "(".repeat(200_000) + "true" + ")".repeat(200_000) + ") then end";
        assertThat(DrlRules.depth(deep)).isGreaterThan(DrlRules.MAX_DEPTH);
        assertThat(DrlRules.parse(deep)).isNull();
        assertThat(DrlRules.in(deep)).isEmpty();
    }

    private static ParsedRule rule(String naam) {
        return parsed.regels().stream().filter(r -> r.naam().equals(naam)).findFirst().orElseThrow();
    }

    private static int lineOf(String file, String start) throws IOException {
        List<String> lines = Files.readAllLines(RULES.resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start + " not in " + file);
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }

    private static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("rules")) && Files.isDirectory(p.resolve("fixtures"))) {
                return p;
            }
        }
        throw new IllegalStateException("Repository root not found");
    }
}
