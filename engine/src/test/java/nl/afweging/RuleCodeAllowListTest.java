// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every form of DRL that can run code besides a rule's conditions and actions is refused, by validate and by
 * loading, before anything is compiled: attributes that take expressions, declarations, queries, functions,
 * globals, imports, accumulate code, metadata Drools would evaluate, and the same through a decision table's
 * header rows. The rule around each form is otherwise allowed, so only the form itself can be what is refused.
 */
class RuleCodeAllowListTest {
    private static final String HEADER = "package nl.afweging.regels;\n\nimport nl.afweging.feiten.*;\n";
    private static final String META = "    @id(X1)\n    @naam(\"X\")\n    @grondslag(\"g\")\n    @uitleg(\"u\")\n";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
            "rule \"X1\"\n" + META + "    salience ($c.getLeeftijd())\nwhen\n    $c : Casus()\nthen\nend\n",
            "rule \"X1\"\n" + META + "    enabled (java.lang.System.getenv(\"X\") == null)\nwhen\n    Casus()\nthen\nend\n",
            "rule \"X1\"\n" + META + "    date-effective \"1-Jan-2020\"\nwhen\n    Casus()\nthen\nend\n",
            "rule \"X1\"\n" + META + "    timer (int: 1s)\nwhen\n    Casus()\nthen\nend\n",
            "rule \"X1\"\n" + META + "    agenda-group \"parameters\"\nwhen\n    Casus()\nthen\nend\n",
            "declare Geheim\n    waarde : int\nend\n",
            "query geheim()\n    Casus()\nend\n",
            "import java.lang.Runtime;\n",
            "import function java.lang.System.exit;\n",
            "global java.util.List lijst;\n",
            "function int f() { return 1; }\n",
            "rule \"X1\"\n" + META + "when\n    Number() from accumulate(Casus(), init(int n = 0;), action(n++;), result(n))\nthen\nend\n",
            "rule \"X1\"\n" + META + "when\n    Casus()\n    do[extra]\nthen\nthen[extra]\n    insert(new Spoed());\nend\n",
            "rule \"X1\"\n" + META + "    @extra(java.lang.System.exit(3))\nwhen\n    Casus()\nthen\nend\n",
            "rule \"X1\"\n" + META + "when\n    Casus() from entry-point \"buiten\"\nthen\nend\n",
            "rule \"X1\"\n" + META + "when\n    $s : String()\nthen\nend\n",
            "rule \"X1\"\n" + META + "when\n    Casus(leeftijd > java.lang.Integer.getInteger(\"x\"))\nthen\nend\n",
            "rule \"X1\"\n" + META + "when\n    Casus()\nthen\n    // \\u000a System.exit(0);\nend\n",
            "rule \"X1\"\n" + META + "when\n    Casus()\nthen\n    insert(new Aandachtspunt(\"\u202E\"));\nend\n",
    })
    void aFormThatCanRunCodeIsRefusedBeforeCompiling(String drl) throws Exception {
        Path rules = BrokenRules.create(BrokenRules.copy(Files.createDirectory(dir.resolve("regels"))), "vijand.drl", HEADER + drl);

        assertThat(RuleSetCheck.check(rules).bevindingen()).as(drl).extracting(LoadProblem::code)
                .contains(ProblemCode.NIET_TOEGESTAAN).doesNotContain(ProblemCode.COMPILEERFOUT);
        RuleSetLoadException refused = catchThrowableOfType(() -> Engine.builder().rules(rules).build(), RuleSetLoadException.class);
        assertThat(refused.problems()).extracting(LoadProblem::bestand).contains("vijand.drl");
    }

    @ParameterizedTest
    @ValueSource(strings = {"package java.lang;", "package nl.afweging.feiten;", "package org.drools.core;"})
    void aRuleFileCannotPutItsCodeInAPackageOfJavaDroolsOrTheEngine(String pkg) throws Exception {
        Path rules = BrokenRules.create(BrokenRules.copy(Files.createDirectory(dir.resolve("regels"))), "vijand.drl",
                pkg + "\n\nimport nl.afweging.feiten.*;\n\nrule \"X1\"\n" + META + "when\n    Casus()\nthen\nend\n");
        assertThat(RuleSetCheck.check(rules).bevindingen()).extracting(LoadProblem::plaats, LoadProblem::code)
                .contains(org.assertj.core.groups.Tuple.tuple("vijand.drl:1", ProblemCode.NIET_TOEGESTAAN));
    }

    /** A header row above a table that Drools turns into a function, a global, a query or an import. */
    static Stream<Arguments> headerRows() {
        return Stream.of(
                Arguments.of("Notes,", "Functions,\"function void f() { }\",,,,,\nNotes,", "soorten.drl.csv:3 (kolom B)"),
                Arguments.of("Notes,", "Variables,java.util.List lijst,,,,,\nNotes,", "soorten.drl.csv:3 (kolom B)"),
                Arguments.of("Notes,", "Queries,\"query q() Casus() end\",,,,,\nNotes,", "soorten.drl.csv:3 (kolom B)"),
                Arguments.of("Import,\"", "Import,\"java.io.File, ", "soorten.drl.csv:2 (kolom B)"));
    }

    @ParameterizedTest
    @MethodSource("headerRows")
    void aTableHeaderCannotAddCode(String from, String to, String place) throws Exception {
        Path rules = BrokenRules.edit(BrokenRules.copy(Files.createDirectory(dir.resolve("regels"))), "soorten.drl.csv", from, to);
        List<LoadProblem> findings = RuleSetCheck.check(rules).bevindingen();
        assertThat(findings).extracting(LoadProblem::code).contains(ProblemCode.NIET_TOEGESTAAN);
        assertThat(findings).filteredOn(p -> p.code() == ProblemCode.NIET_TOEGESTAAN).extracting(LoadProblem::plaats)
                .contains(place);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the spoed column takes ja or nothing: Drools fires the action for any filled cell
            "vloeren.drl.csv|,SPECIALISTISCH_MAATWERK,,ja,ja,VEILIG_THUIS|,SPECIALISTISCH_MAATWERK,,ja,nee,VEILIG_THUIS|vloeren.drl.csv:10 (kolom O)",
            // an id is one word: it is pasted into @id(...) unquoted
            "vloeren.drl.csv|V1,Acuut onveilig|\"V1) @extra(java.lang.System.exit(1)\",Acuut onveilig|vloeren.drl.csv:10 (kolom A)",
            // a number column takes a number
            "parameters.drl.csv|ernstigMeervoudigVanaf,3,|ernstigMeervoudigVanaf,drie,|parameters.drl.csv:12 (kolom B)",
            // a verwijzing is a code in the advies (its schema's pattern)
            "vloeren.drl.csv|,ja,ja,VEILIG_THUIS,MELDCODE|,ja,ja,Veilig Thuis,MELDCODE|vloeren.drl.csv:10 (kolom P)",
            // a true/false column takes true or false
            "ladder.drl.csv|L1,Zelfredzaam,true,|L1,Zelfredzaam,ja,|ladder.drl.csv:11 (kolom C)",
    })
    void aCellThatDoesNotFitItsColumnIsNamedAtItsPlace(String file, String from, String to, String place) throws Exception {
        Path rules = BrokenRules.edit(BrokenRules.copy(Files.createDirectory(dir.resolve("regels"))), file, from, to);
        List<LoadProblem> findings = RuleSetCheck.check(rules).bevindingen();
        assertThat(findings).filteredOn(p -> p.code() == ProblemCode.CEL_ONGELDIG).extracting(LoadProblem::plaats)
                .containsExactly(place);
        assertThat(findings).extracting(LoadProblem::code).doesNotContain(ProblemCode.NIET_TOEGESTAAN, ProblemCode.COMPILEERFOUT);
    }
}
