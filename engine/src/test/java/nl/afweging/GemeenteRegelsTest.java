// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.afweging.model.Advies;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;
import nl.afweging.model.Voorziening;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A gemeente's own regels on top of a version, selected by the aanvraag's gemeente (issue 11, point 4). */
class GemeenteRegelsTest {
    private static final Path RULES = TestEngines.root().resolve("rules");

    @TempDir
    Path dir;

    /** One failed traject in specialistisch maatwerk (fixture fx-023), from this gemeente (null: none given). */
    private static String eenMisluktTraject(String gemeente, String peildatum) {
        return """
                {"id": "g-1", "peildatum": "%s", %s"wet": "WMO", "persoon": {"leeftijd": 41},
                 "hulpvraag": {"soorten": ["BEGELEIDING"]}, "zrm": {"GEESTELIJKE_GEZONDHEID": 2, "FINANCIEN": 3},
                 "eerdereTrajecten": [{"niveau": "SPECIALISTISCH_MAATWERK", "resultaat": "ONVOLDOENDE", "einddatum": "2023-05-01"},
                                      {"niveau": "SPECIALISTISCH_MAATWERK", "resultaat": "DOEL_BEREIKT", "einddatum": "2024-06-15"}]}
                """.formatted(peildatum, gemeente == null ? "" : "\"gemeente\": \"" + gemeente + "\", ");
    }

    private static String psychisch(String gemeente) {
        return """
                {"id": "g-2", "peildatum": "2026-06-01", "gemeente": "%s", "wet": "WMO", "persoon": {"leeftijd": 30},
                 "hulpvraag": {"soorten": ["PSYCHISCH"]}, "zrm": {"GEESTELIJKE_GEZONDHEID": 3}}
                """.formatted(gemeente);
    }

    @Test
    void bladelGetsACasuistiekbesprekingAfterOneFailedTrajectAndOthersDoNot() {
        for (Engine engine : List.of(TestEngines.standaard(), Engine.builder().rules(RULES).build())) {
            for (String peildatum : List.of("2026-03-01", "2027-03-01")) {
                Advies bladel = engine.evaluate(eenMisluktTraject("1728", peildatum));
                Advies elders = engine.evaluate(eenMisluktTraject("0840", peildatum));
                Advies zonder = engine.evaluate(eenMisluktTraject(null, peildatum));

                assertThat(bladel.regelIds()).contains("T2");
                assertThat(bladel.aandachtspunten()).contains("CASUISTIEKBESPREKING");
                assertThat(bladel.regels()).filteredOn(r -> r.id().equals("T2")).singleElement()
                        .satisfies(r -> assertThat(r.gelezen()).containsEntry("parameter.mislukteMaatwerkTrajecten", 1));
                for (Advies other : List.of(elders, zonder)) {
                    assertThat(other.regelIds()).doesNotContain("T2");
                    assertThat(other.regelset().gemeente()).isNull();
                }
                // The advies names the version and the gemeente's regels, and one hash over both.
                assertThat(bladel.regelset().versie()).isEqualTo(elders.regelset().versie()).isEqualTo(peildatum.substring(0, 4) + ".1");
                assertThat(bladel.regelset().gemeente().code()).isEqualTo("1728");
                assertThat(bladel.regelset().gemeente().versie()).isEqualTo("2026.1");
                assertThat(bladel.regelset().hash()).isNotEqualTo(elders.regelset().hash()).startsWith("sha256:");
                assertThat(bladel.regelset().gemeente().hash()).isNotIn(bladel.regelset().hash(), elders.regelset().hash());
            }
        }
    }

    @Test
    void bladelOffersItsOwnCollectiveVoorzieningAtSocialeBasisForPsychisch() {
        Advies bladel = TestEngines.standaard().evaluate(psychisch("1728"));
        Advies elders = TestEngines.standaard().evaluate(psychisch("0840"));
        assertThat(bladel.niveau()).isEqualTo(elders.niveau());
        assertThat(bladel.voorzieningen()).extracting(Voorziening::code).contains("SB-PSYCHISCH-INLOOP-BLADEL");
        assertThat(elders.voorzieningen()).extracting(Voorziening::code).doesNotContain("SB-PSYCHISCH-INLOOP-BLADEL");
        assertThat(bladel.voorzieningen()).filteredOn(v -> v.code().equals("SB-PSYCHISCH-INLOOP-BLADEL")).singleElement()
                .satisfies(v -> {
                    assertThat(v.collectief()).isTrue();
                    assertThat(v.kostenindicatie()).isNull();
                });
    }

    @Test
    void aRowWithACodeTheCatalogueHasReplacesThatRow() throws Exception {
        Path rules = BrokenRules.copyAll(dir);
        Path own = rules.resolve("gemeenten/1728/voorzieningen.drl.csv");
        String text = Files.readString(own);
        Files.writeString(own, text + "SB-PSYCHISCH-HERSTELCAFE,SOCIALE_BASIS,PSYCHISCH,,Herstelcafé Bladel,true,,,,,"
                + "Wmo 2015 art. 2.2.3 (algemene voorziening),Het herstelcafé van Bladel.\n");

        Engine engine = Engine.builder().rules(rules).build();
        assertThat(engine.evaluate(psychisch("1728")).voorzieningen()).filteredOn(v -> v.code().equals("SB-PSYCHISCH-HERSTELCAFE"))
                .singleElement().satisfies(v -> assertThat(v.naam()).isEqualTo("Herstelcafé Bladel"));
        assertThat(engine.evaluate(psychisch("0840")).voorzieningen()).filteredOn(v -> v.code().equals("SB-PSYCHISCH-HERSTELCAFE"))
                .singleElement().satisfies(v -> assertThat(v.naam()).isEqualTo("Herstelcafé en lotgenotencontact"));
        assertThat(RuleSetCheck.check(rules).bevindingen()).isEmpty();
    }

    @Test
    void aGemeenteMayAddARuleOfItsOwn() {
        Path rules = BrokenRules.create(BrokenRules.copyAll(dir), "gemeenten/1728/jongeren.drl", """
                package nl.afweging.regels;

                import nl.afweging.feiten.*;

                rule "B1 jongeren met schulden"
                    @id(B1)
                    @naam("Jongeren met schulden")
                    @grondslag("Beleid gemeente Bladel: schuldhulp voor jongeren")
                    @uitleg("Jongeren tot 27 jaar met geldzorgen krijgen extra aandacht.")
                when
                    Casus(leeftijd < 27)
                then
                    insert(new Aandachtspunt("EEN_GEZIN_EEN_PLAN"));
                end
                """);
        List<LoadProblem> findings = RuleSetCheck.check(rules).bevindingen();
        assertThat(findings).isEmpty();
        Engine engine = Engine.builder().rules(rules).build();
        assertThat(engine.evaluate(psychisch("1728").replace("\"leeftijd\": 30", "\"leeftijd\": 20")).regels())
                .filteredOn(r -> r.id().equals("B1")).singleElement()
                .satisfies(r -> assertThat(r.bron()).isEqualTo("gemeenten/1728/jongeren.drl:5"));
        assertThat(engine.evaluate(psychisch("0840").replace("\"leeftijd\": 30", "\"leeftijd\": 20")).regelIds()).doesNotContain("B1");
    }

    /**
     * A version's file named like a gemeente's file with its folders ({@code gemeenten~1728~jongeren.drl}) takes no
     * place of that file where Drools compiles them: both rules run.
     */
    @Test
    void aFileNamedLikeAGemeentesFileTakesNotItsPlace() {
        String regel = """
                package nl.afweging.regels;

                import nl.afweging.feiten.*;

                rule "%s"
                    @id(%s)
                    @naam("Jongeren")
                    @grondslag("Beleid")
                    @uitleg("Jongeren krijgen extra aandacht.")
                when
                    Casus(leeftijd < 27)
                then
                    insert(new Aandachtspunt("EEN_GEZIN_EEN_PLAN"));
                end
                """;
        Path rules = BrokenRules.create(BrokenRules.copyAll(dir), "gemeenten/1728/jongeren.drl", regel.formatted("B1 gemeente", "B1", "B1"));
        BrokenRules.create(rules, "2026.1/gemeenten~1728~jongeren.drl", regel.formatted("B2 versie", "B2", "B2"));
        BrokenRules.create(rules, "2027.1/gemeenten~1728~jongeren.drl", regel.formatted("B2 versie", "B2", "B2"));

        assertThat(RuleSetCheck.check(rules).bevindingen()).isEmpty();
        Engine engine = Engine.builder().rules(rules).build();
        assertThat(engine.evaluate(psychisch("1728").replace("\"leeftijd\": 30", "\"leeftijd\": 20")).regelIds()).contains("B1", "B2");
    }

    @Test
    void aGemeenteRuleGoesThroughTheSameAllowListAsAVersion() {
        String spoor = dir.resolve("spoor").toString();
        Path rules = BrokenRules.create(BrokenRules.copyAll(dir.resolve("regels")), "gemeenten/1728/vals.drl", """
                package nl.afweging.regels;

                import nl.afweging.feiten.*;

                rule "B2 vals"
                    @id(B2)
                    @naam("Vals")
                    @grondslag("geen")
                    @uitleg("geen")
                when
                    Casus()
                then
                    java.nio.file.Files.createFile(java.nio.file.Path.of("%s"));
                end
                """.formatted(spoor));
        assertThatThrownBy(() -> Engine.builder().rules(rules).build()).isInstanceOfSatisfying(RuleSetLoadException.class,
                e -> assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.code()).isEqualTo(ProblemCode.NIET_TOEGESTAAN);
                    assertThat(p.bestand()).isEqualTo("gemeenten/1728/vals.drl");
                }));
        assertThat(Path.of(spoor)).doesNotExist();
    }

    @Test
    void aGemeenteFolderMustBeNamedByAFourDigitCodeAndItsManifestMustAgree() {
        Path rules = BrokenRules.copyAll(dir);
        BrokenRules.create(rules, "gemeenten/840/regelset.json", "{\"naam\": \"x\", \"versie\": \"1\"}");
        BrokenRules.edit(rules, "gemeenten/1728/regelset.json", "\"gemeente\": \"1728\"", "\"gemeente\": \"1729\"");

        assertThat(RuleSetCheck.check(rules).bevindingen()).extracting(LoadProblem::code, LoadProblem::bestand).contains(
                org.assertj.core.groups.Tuple.tuple(ProblemCode.GEMEENTEMAP_ONGELDIG, "gemeenten/840"),
                org.assertj.core.groups.Tuple.tuple(ProblemCode.GEMEENTEMAP_ONGELDIG, "gemeenten/1728/regelset.json"));
    }

    @Test
    void aMisspeltParameterOfAGemeenteIsAFindingInItsOwnFile() {
        Path rules = BrokenRules.edit(BrokenRules.copyAll(dir), "gemeenten/1728/parameters.drl.csv",
                "mislukteMaatwerkTrajecten,1,", "mislukteMaatwerkTrajectn,1,");
        assertThat(RuleSetCheck.check(rules).bevindingen()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.PARAMETER_ONGEBRUIKT);
            assertThat(p.bestand()).isEqualTo("gemeenten/1728/parameters.drl.csv");
            assertThat(p.melding()).contains("mislukteMaatwerkTrajecten");
        });
    }

    @Test
    void aGemeenteMayNotWidenTheBoundsOfAParameter() {
        Path rules = BrokenRules.edit(BrokenRules.copyAll(dir), "gemeenten/1728/parameters.drl.csv",
                "mislukteMaatwerkTrajecten,1,", "mislukteMaatwerkTrajecten,0,");
        BrokenRules.edit(rules, "gemeenten/1728/parameters.drl.csv", ",1,10\n", ",0,10\n");

        assertThat(RuleSetCheck.check(rules).bevindingen()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.PARAMETER_BUITEN_GRENZEN);
            assertThat(p.plaats()).isEqualTo("gemeenten/1728/parameters.drl.csv:11 (kolom F)");
            assertThat(p.melding()).contains("niet de grenzen van de versie", "minimum op '1'");
        });
        assertThatThrownBy(() -> Engine.builder().rules(rules).build()).isInstanceOf(RuleSetLoadException.class);
    }

    @Test
    void aVersionOrGemeenteFolderThatLinksOutOfTheRulesFolderIsNotRead() throws Exception {
        Path elders = BrokenRules.copyAll(java.nio.file.Files.createDirectory(dir.resolve("elders")));
        Path rules = BrokenRules.copyAll(java.nio.file.Files.createDirectory(dir.resolve("regels")));
        java.nio.file.Files.createSymbolicLink(rules.resolve("2028.1"), elders.resolve("2027.1"));
        java.nio.file.Files.createSymbolicLink(rules.resolve("gemeenten/0840"), elders.resolve("gemeenten/1728"));

        assertThat(RuleSetCheck.check(rules).bevindingen()).extracting(LoadProblem::code, LoadProblem::bestand).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(ProblemCode.KOPPELING_BUITEN_MAP, "2028.1"),
                org.assertj.core.groups.Tuple.tuple(ProblemCode.KOPPELING_BUITEN_MAP, "gemeenten/0840"));
        assertThatThrownBy(() -> Engine.builder().rules(rules).build()).isInstanceOf(RuleSetLoadException.class);
    }

    /** A gemeente folder that is a link to nothing (its target moved away) is refused like one that leads out. */
    @Test
    void aGemeenteFolderThatLinksToNothingIsRefused() throws Exception {
        Path rules = BrokenRules.copyAll(java.nio.file.Files.createDirectory(dir.resolve("regels")));
        java.nio.file.Files.createSymbolicLink(rules.resolve("gemeenten/0840"), dir.resolve("weg"));

        assertThat(RuleSetCheck.check(rules).bevindingen()).extracting(LoadProblem::code, LoadProblem::bestand)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.KOPPELING_BUITEN_MAP, "gemeenten/0840"));
        assertThatThrownBy(() -> Engine.builder().rules(rules).build()).isInstanceOf(RuleSetLoadException.class);
    }

    @Test
    void aGemeenteRuleNamedInAnyFormDrlAllowsIsRenamedAndLoads() throws Exception {
        String regel = """
                rule %s
                    @id(%s)
                    @naam("Naam")
                    @grondslag("Beleid gemeente Bladel")
                    @uitleg("Uitleg.")
                when
                    Casus(leeftijd < 27)
                then
                    insert(new Aandachtspunt("EEN_GEZIN_EEN_PLAN"));
                end
                """;
        Path rules = BrokenRules.create(BrokenRules.copyAll(dir), "gemeenten/1728/namen.drl",
                "package nl.afweging.regels;\n\nimport nl.afweging.feiten.*;\n\n"
                        + regel.formatted("'B1 enkel'", "B1") + regel.formatted("B2", "B2")
                        + regel.formatted("\"B4 zoals de versie: L6 meervoudig\"", "B4"));

        assertThat(RuleSetCheck.check(rules).bevindingen()).isEmpty();
        Advies advies = Engine.builder().rules(rules).build().evaluate(psychisch("1728").replace("\"leeftijd\": 30", "\"leeftijd\": 20"));
        assertThat(advies.regelIds()).contains("B1", "B2", "B4");
        // The same names in a version's own file: a quote escaped in a name is read as Drools reads it there too.
        Path versie = BrokenRules.copy(java.nio.file.Files.createDirectory(dir.resolve("versie")));
        BrokenRules.create(versie, "namen.drl", java.nio.file.Files.readString(rules.resolve("gemeenten/1728/namen.drl")));
        assertThat(RuleSetCheck.check(versie).bevindingen()).isEmpty();
        // A quote in a name Drools' executable model cannot compile: refused in words, before compiling.
        BrokenRules.create(versie, "aanhalingstekens.drl", "package nl.afweging.regels;\n\nimport nl.afweging.feiten.*;\n\n"
                + regel.formatted("\"B3 \\\"met\\\" aanhalingstekens\"", "B3"));
        assertThat(RuleSetCheck.check(versie).bevindingen()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(nl.afweging.model.ProblemCode.NIET_TOEGESTAAN);
            assertThat(f.melding()).contains("aanhalingsteken");
        });
    }
}
