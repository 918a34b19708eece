// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the rule check refuses in a whole file, and where it says so: the line a refused thing is written on (a name in
 * a condition, an action, a metadata value, a declaration), so policy staff and developers find it at once.
 */
class RuleCodeCheckPlacesTest {
    @TempDir
    Path dir;

    private static final String HEAD = "package nl.afweging.regels;\nimport nl.afweging.feiten.*;\nimport nl.afweging.model.Wet;\nimport nl.afweging.model.Niveau;\n";
    private static final String META = "    @id(X1)\n    @naam(\"n\")\n    @grondslag(\"g\")\n    @uitleg(\"u\")\n";

    @Test
    void aRefusedNameIsPlacedOnTheLineItIsWrittenOn() throws IOException {
        List<LoadProblem> found = check(HEAD + "rule \"X1\"\n" + META + "when\n    $c : Casus(wet == Wet.WMO,\n"
                + "        System.exit(0) == null)\nthen\n    insert(new Spoed());\n    $c.getClass();\nend\n");
        assertThat(found).extracting(LoadProblem::regelnummer).containsExactly(12, 15);
        assertThat(found).allSatisfy(p -> assertThat(p.bestand()).isEqualTo("x.drl"));
        assertThat(found.get(0).melding()).contains("regel 'X1'", "System");
        assertThat(found.get(1).melding()).contains("getClass");
    }

    @Test
    void aMetadataValueThatWouldBeCodeIsPlacedAtItsAnnotation() throws IOException {
        List<LoadProblem> found = check(HEAD + "rule \"X1\"\n    @id(X1)\n    @naam(\"n\")\n    @grondslag(\"g\" + \"h\")\n"
                + "    @uitleg(\"u\")\nwhen\nthen\nend\n");
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.regelnummer()).isEqualTo(8);
            assertThat(p.melding()).contains("@grondslag");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "global java.util.List lijst;|2|global",
        "function int f() { return 1; }|2|function",
        "declare Eigen\n    naam : String\nend|2|declare",
        "import java.io.File;|2|import java.io.File",
        "import function java.lang.System.exit;|2|functie van buiten",
        "query \"q\"\n    Casus()\nend|2|query",
        "import accumulate org.eigen.Som som;|2|eigen accumulate-functie",
        "declare enum Kleur\n    ROOD, GROEN;\nend|2|declare enum",
        "declare entry-point \"stroom\"\nend|2|entry-point",
        "declare window Laatste\n    Casus() over window:length(1)\nend|2|een window",
        "no-loop true|2|attribuut voor het hele bestand",
        "unit Eenheid;|2|rule unit",
    })
    void aDeclarationOutsideTheRulesIsRefusedAtItsLine(String drlLineAndWhat) throws IOException {
        String[] parts = drlLineAndWhat.split("\\|");
        List<LoadProblem> found = check("package nl.afweging.regels;\n" + parts[0] + "\n");
        assertThat(found).as(parts[0]).anySatisfy(p -> {
            assertThat(p.regelnummer()).isEqualTo(Integer.parseInt(parts[1]));
            assertThat(p.melding()).contains(parts[2]);
            assertThat(p.code()).isEqualTo(ProblemCode.NIET_TOEGESTAAN);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"package java.lang;", "package org.drools.core;", "package Nl.Afweging;", "package sun.misc;"})
    void aPackageOfTheJvmOrDroolsIsRefused(String pkg) throws IOException {
        assertThat(check(pkg + "\n")).as(pkg).singleElement().satisfies(p -> assertThat(p.regelnummer()).isEqualTo(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"salience 10|", "salience -5|", "no-loop true|", "no-loop|", "lock-on-active false|", "dialect \"java\"|",
            "salience (1 + 1)|salience", "salience 99999999999|salience 99999999999 mag niet", "salience \"10\"|salience", "date-effective \"1-jan-2027\"|date-effective",
            "agenda-group \"x\"|agenda-group", "dialect \"groovy\"|dialect"})
    void onlyAFewAttributesWithPlainValuesArePlacedOnARule(String attributeAndWhat) throws IOException {
        String[] parts = attributeAndWhat.split("\\|", -1);
        List<LoadProblem> found = check(HEAD + "rule \"X1\"\n" + META + "    " + parts[0] + "\nwhen\nthen\nend\n");
        if (parts[1].isEmpty()) {
            assertThat(found).as(parts[0]).isEmpty();
        } else {
            assertThat(found).as(parts[0]).singleElement().satisfies(p -> assertThat(p.melding()).contains("het attribuut " + parts[1]));
        }
    }

    @Test
    void aRuleThatExtendsAnotherOrHasASecondThenIsRefusedAtItsLine() throws IOException {
        assertThat(check(HEAD + "rule \"X1\"\n" + META + "when\nthen\nend\nrule \"X2\" extends \"X1\"\n" + META.replace("X1", "X2")
                + "when\nthen\nend\n")).singleElement().satisfies(p -> {
                    assertThat(p.regelnummer()).isEqualTo(13);
                    assertThat(p.melding()).contains("regel 'X2'", "erven (extends)");
                });
        assertThat(check(HEAD + "rule \"X1\"\n" + META + "when\n    $c : Casus()\n    do[extra]\nthen\nthen[extra]\n"
                + "    insert(new Spoed());\nend\n")).anySatisfy(p -> {
                    assertThat(p.regelnummer()).isEqualTo(5);
                    assertThat(p.melding()).contains("maar één then");
                }).anySatisfy(p -> assertThat(p.melding()).contains("deze vorm van voorwaarde"));
    }

    /**
     * Nesting is counted in the whole text, comments too, so it is bounded before any parser reads it: as deep as
     * the limit is read, one more is refused at the top of the file.
     */
    @Test
    void nestingIsBoundedAtItsLimit() throws IOException {
        String diep = "(".repeat(DrlRules.MAX_DEPTH);
        assertThat(check(HEAD + "rule \"X1\"\n" + META + "when\n    Casus() // " + diep + "\nthen\nend\n")).isEmpty();
        assertThat(check(HEAD + "rule \"X1\"\n" + META + "when\n    Casus() // (" + diep + "\nthen\nend\n"))
                .singleElement().satisfies(p -> {
                    assertThat(p.regelnummer()).isEqualTo(1);
                    assertThat(p.melding()).contains("meer dan " + DrlRules.MAX_DEPTH + " diep");
                });
    }

    @Test
    void aRuleNamedWithAQuoteOrBackslashIsRefusedAtItsLine() throws IOException {
        assertThat(check(HEAD + "rule \"X \\\"1\\\"\"\n" + META + "when\nthen\nend\n"))
                .singleElement().satisfies(p -> assertThat(p.regelnummer()).isEqualTo(5));
    }

    @Test
    void aRuleThatWouldJoinTooManyFactsIsRefused() throws IOException {
        String vier = "    Traject()\n    Traject()\n    Huisgenoot()\n    Vraag()\n";
        assertThat(check(HEAD + "rule \"X1\"\n" + META + "when\n" + vier + "then\nend\n"))
                .singleElement().satisfies(p -> assertThat(p.melding()).contains("combineert 4 patronen"));
        String drie = "    Traject()\n    Huisgenoot()\n    Vraag()\n    Casus()\n";
        assertThat(check(HEAD + "rule \"X1\"\n" + META + "when\n" + drie + "then\nend\n")).isEmpty();
        String elf = "    Casus()\n".repeat(11);
        assertThat(check(HEAD + "rule \"X1\"\n" + META + "when\n" + elf + "then\nend\n"))
                .singleElement().satisfies(p -> assertThat(p.melding()).contains("11 patronen"));
        assertThat(check(HEAD + "rule \"X1\"\n" + META + "when\n" + "    Casus()\n".repeat(10) + "then\nend\n")).isEmpty();
    }

    @Test
    void aSignJavaReadsDifferentlyIsRefusedAtItsLine() throws IOException {
        assertThat(check(HEAD + "rule \"X1\"\n" + META + "when\n    Casus(gemeente == \"\\u0030\")\nthen\nend\n"))
                .singleElement().satisfies(p -> {
                    assertThat(p.regelnummer()).isEqualTo(11);
                    assertThat(p.melding()).contains("\\u");
                });
        assertThat(check(HEAD + "rule \"X1\"\n" + META + "when\n    Casus(gemeente == \"\u202E\")\nthen\nend\n"))
                .singleElement().satisfies(p -> assertThat(p.melding()).contains("U+202E"));
    }

    /** Patterns inside collect, accumulate, not, exists and forall count to the ten a rule may have. */
    @ParameterizedTest
    @ValueSource(strings = {
        "    $l : List() from collect(Casus())\n|1",
        "    $n : Number() from accumulate(Casus(), count(1))\n|1",
        "    not Casus()\n|1",
        "    exists Casus()\n|1",
        "    forall(Casus())\n|1",
        "    Casus() or Casus()\n|2",
    })
    void everyNestedPatternCounts(String conditionAndPatterns) throws IOException {
        String[] parts = conditionAndPatterns.split("\\|");
        int weight = Integer.parseInt(parts[1]) + (parts[0].contains("from") ? 1 : 0);
        int rest = 10 - weight;
        String within = "    Casus()\n".repeat(rest) + parts[0];
        assertThat(check(HEAD + "import java.util.List;\nrule \"X1\"\n" + META + "when\n" + within + "then\nend\n"))
                .as(within).isEmpty();
        String over = within + "    Casus()\n";
        assertThat(check(HEAD + "import java.util.List;\nrule \"X1\"\n" + META + "when\n" + over + "then\nend\n"))
                .as(over).singleElement().satisfies(p -> assertThat(p.melding()).contains("11 patronen"));
    }

    /** What a pattern may be: a fact of the engine, from a bound fact's list, collect or a plain accumulate. */
    @ParameterizedTest
    @ValueSource(strings = {
        "    java.io.File()\n|java.io.File",
        "    $c : Casus()\n    Huisgenoot() from java.util.List.of(1)\n|from leest alleen",
        "    $n : Number() from accumulate(Casus($l : leeftijd), init(int s = 0;), action(s += $l;), result(s))\n|eigen code",
        "    $n : Number() from accumulate(Casus(), evil(1))\n|evil",
        "    Casus() over window:time(1m)\n|window",
        "    eval(System.exit(0) == null)\n|System",
        "    $c : Casus()\n    Huisgenoot() from $c.huisgenoten\n|'huisgenoten' is geen eigenschap van Casus",
        "    $n : Number() from accumulate(Casus($l : leeftijd), sum($l))\n|",
        "    $s : java.util.List() from accumulate(Casus($g : gemeente), collectList($g))\n|",
        "    String()\n|niet String",
        "    $l : java.util.List() from collect(java.io.File())\n|java.io.File",
        "    $n : Number() from accumulate(java.io.File(), count(1))\n|java.io.File",
        "    $n : Number() from accumulate(Casus(System.exit(0) == null), count(1))\n|System",
        "    Casus() @watch(leeftijd)\n|annotatie",
        "    Casus() from entry-point \"stroom\"\n|bron van feiten (entrypoint)",
        "    $c : Casus($l : leeftijd)\n    eval($l > 1)\n|",
        "    $c : Casus($l : System.exit(0))\n|System",
    })
    void aPatternIsAFactOfTheEngine(String conditionAndWhat) throws IOException {
        String[] parts = conditionAndWhat.split("\\|", -1);
        List<LoadProblem> found = check(HEAD + "rule \"X1\"\n" + META + "when\n" + parts[0] + "then\nend\n");
        if (parts[1].isEmpty()) {
            assertThat(found).as(parts[0]).isEmpty();
        } else {
            assertThat(found).as(parts[0]).anySatisfy(p -> assertThat(p.melding()).contains(parts[1]));
        }
    }

    /** Only the patterns joined at the top count to the three over many facts; one inside another does not join. */
    @ParameterizedTest
    @ValueSource(strings = {"    not Vraag()\n", "    exists Vraag()\n", "    forall(Vraag())\n", "    $l : List() from collect(Vraag())\n",
            "    $n : Number() from accumulate(Vraag(), count(1))\n"})
    void aNestedPatternJoinsNothing(String nested) throws IOException {
        String drie = "    Traject()\n    Traject()\n    Huisgenoot()\n";
        assertThat(check(HEAD + "import java.util.List;\nrule \"X1\"\n" + META + "when\n" + drie + nested + "then\nend\n")).as(nested).isEmpty();
    }

    /** Each refused name stands on the line it is written on as a whole word, not where a longer name begins with it. */
    @Test
    void aNameIsPlacedWhereItStandsAsAWholeWord() throws IOException {
        List<LoadProblem> found = check(HEAD + "rule \"X1\"\n" + META + "when\n    Casus(System2 == null ||\n"
                + "        System.exit(0) == null)\nthen\nend\n");
        assertThat(found).extracting(LoadProblem::regelnummer).containsExactly(11, 12);
        assertThat(found.get(0).melding()).contains("'System2'");
        assertThat(found.get(1).melding()).contains("'System'").doesNotContain("System2");
        assertThat(check(HEAD + "rule \"X1\"\n" + META + "when\n    Casus(this != Runtime)\nthen\nend\n"))
                .singleElement().satisfies(p -> {
                    assertThat(p.regelnummer()).isEqualTo(11);
                    assertThat(p.melding()).contains("'Runtime'");
                });
    }

    /** Names refused on one line are one refusal that names them all; a refusal names its name once. */
    @Test
    void refusalsOnOneLineAreOneThatNamesThemAll() throws IOException {
        List<LoadProblem> found = check(HEAD + "rule \"X1\"\n" + META + "when\n    $c : Casus(System.exit(0) == null && Runtime.getRuntime() == null)\n"
                + "    Casus(Thread.currentThread() != null)\nthen\n    $c.getClass();\nend\n");
        assertThat(found).extracting(LoadProblem::regelnummer).containsExactly(11, 12, 14);
        assertThat(found.get(0).melding()).startsWith("regel 'X1': 'System', 'Runtime' mogen niet in een regel: 'System' is geen feit")
                .contains("; 'Runtime' is geen feit");
        assertThat(found.get(1).melding()).startsWith("regel 'X1': 'Thread' is geen feit");
        assertThat(found.get(2).melding()).startsWith("regel 'X1': 'getClass': 'Casus.getClass' mag niet");
    }

    /** A parameter read where the compiled rule cannot show it is a problem of the rule as a whole, at its line. */
    @Test
    void aParameterReadInAnActionIsPlacedAtTheRule() throws IOException {
        assertThat(check(HEAD + "rule \"X1\"\n" + META + "when\n    $p : Parameters()\nthen\n"
                + "    insert(new Parameter(\"a\", $p.waarde(\"x\")));\nend\n")).singleElement().satisfies(p -> {
                    assertThat(p.code()).isEqualTo(ProblemCode.PARAMETER_ONBEKEND);
                    assertThat(p.regelnummer()).isEqualTo(5);
                    assertThat(p.melding()).isEqualTo("regel 'X1' " + ParameterReader.ONZICHTBAAR);
                });
    }

    /** What Drools does not place is found from the rule's own line on: the same metadata in an earlier rule is not it. */
    @Test
    void metadataIsPlacedInItsOwnRule() throws IOException {
        String rule = "rule \"X1\" @id(X1) @naam(\"n\") @grondslag(\"g\" + \"h\") @uitleg(\"u\")\nwhen\nthen\nend\n";
        assertThat(check("\n" + HEAD + rule + rule.replace("X1", "X2"))).extracting(LoadProblem::regelnummer).containsExactly(6, 10);
    }

    /** In a table a refused name stands at the cell that holds it: in its rule's row, or (outside a rule) the first. */
    @Test
    void aRefusalInATableIsPlacedAtTheCellThatHoldsIt() throws IOException {
        Files.writeString(dir.resolve("regelset.json"), "{\"naam\": \"t\", \"versie\": \"1\", \"geldigVanaf\": \"2026-01-01\"}");
        Files.writeString(dir.resolve("t.drl.csv"), """
                RuleSet,nl.afweging.regels,,,,
                Import,"nl.afweging.feiten.*, java.io.File",,,,
                RuleTable Proef,,,,,
                CONDITION,ACTION,METADATA,METADATA,METADATA,METADATA
                $c : Casus,,,,,
                $param,insert(new Spoed());,id($param),"naam(""$param"")","grondslag(""$param"")","uitleg(""$param"")"
                voorwaarde,spoed,id,naam,grondslag,uitleg
                leeftijd > 18,ja,P1,n,g,u
                System.exit(0) == null,ja,P2,n,g,u
                """);
        List<LoadProblem> found = RuleCodeCheck.check(ParsedRuleSet.of(RuleSource.fromDirectory(dir)));
        assertThat(found).extracting(LoadProblem::regelnummer, LoadProblem::kolom).containsExactly(tuple(2, "B"), tuple(9, "A"));
    }

    /** In a decision table a refusal stands at the row of the rule it is in, or at the cell that holds the name. */
    @Test
    void aRefusalInATableIsPlacedAtTheRowOfItsRule() throws IOException {
        Files.writeString(dir.resolve("regelset.json"), "{\"naam\": \"t\", \"versie\": \"1\", \"geldigVanaf\": \"2026-01-01\"}");
        Files.writeString(dir.resolve("t.drl.csv"), """
                RuleSet,nl.afweging.regels,,,,
                Import,nl.afweging.feiten.*,,,,
                RuleTable Proef,,,,,
                CONDITION,ACTION,METADATA,METADATA,METADATA,METADATA
                $c : Casus,,,,,
                "leeftijd > $param && System.exit(0) == null",insert(new Spoed());,id($param),"naam(""$param"")","grondslag(""$param"")","uitleg(""$param"")"
                leeftijd,spoed,id,naam,grondslag,uitleg
                18,ja,P1,n,g,u
                65,ja,P2,n,g,u
                """);
        List<LoadProblem> found = RuleCodeCheck.check(ParsedRuleSet.of(RuleSource.fromDirectory(dir)));
        assertThat(found).extracting(LoadProblem::bestand).containsOnly("t.drl.csv");
        assertThat(found).extracting(LoadProblem::regelnummer).containsExactly(8, 9);
        assertThat(found).allSatisfy(p -> assertThat(p.melding()).contains("System"));
    }

    private List<LoadProblem> check(String drl) throws IOException {
        Files.writeString(dir.resolve("regelset.json"), "{\"naam\": \"t\", \"versie\": \"1\", \"geldigVanaf\": \"2026-01-01\"}");
        Files.writeString(dir.resolve("x.drl"), drl);
        return RuleCodeCheck.check(ParsedRuleSet.of(RuleSource.fromDirectory(dir)));
    }
}
