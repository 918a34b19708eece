// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parameters are the parameter table's cells, read as data: {@link ParameterReader#read} gets the parsed files
 * only, no compiled rules, so it cannot fire one. A cell that Java would compute differently from what it says
 * ({@code 012}, octal for 10; {@code 2 + 1}) is taken as written or refused, never run; a cell that is no whole
 * number is a problem at its row and column. Loading and validate give the same problems.
 */
class ParameterReaderTest {
    private static final String FILE = "parameters.drl.csv";

    @TempDir
    Path dir;

    @Test
    void theDefaultParametersAreTheCellsOfTheTable() throws IOException {
        List<LoadProblem> problems = new ArrayList<>();
        Map<String, Integer> read = ParameterReader.read(parse(copy()).regelbestanden(), problems);

        assertThat(problems).isEmpty();
        assertThat(read).isEqualTo(cells(root().resolve("rules/2026.1").resolve(FILE)))
                .containsEntry("trajectTermijnMaanden", 12).containsEntry("volwassenVanaf", 18).hasSize(5);
        // And what the engine loads, compiled and all, is the same.
        assertThat(RuleSetLoader.load(parse(root().resolve("rules/2026.1"))).parameters()).isEqualTo(read);
    }

    @Test
    void aChangedCellIsTheNewValueAsWritten() throws IOException {
        Path rules = copy();
        edit(rules, "trajectTermijnMaanden,12,", "trajectTermijnMaanden,13,");
        edit(rules, "volwassenVanaf,18,", "volwassenVanaf,17,");
        // Java reads 010 as octal 8; the table means ten.
        edit(rules, "mislukteMaatwerkTrajecten,2,", "mislukteMaatwerkTrajecten,010,");

        List<LoadProblem> problems = new ArrayList<>();
        Map<String, Integer> read = ParameterReader.read(parse(rules).regelbestanden(), problems);

        assertThat(problems).isEmpty();
        assertThat(read).isEqualTo(cells(rules.resolve(FILE))).containsEntry("trajectTermijnMaanden", 13)
                .containsEntry("volwassenVanaf", 17).containsEntry("mislukteMaatwerkTrajecten", 10);
        assertThat(RuleSetLoader.load(parse(rules)).parameters()).isEqualTo(read);
    }

    @Test
    void aValueThatIsNoWholeNumberIsAProblemAtItsRowAndColumn() throws IOException {
        Path rules = copy();
        edit(rules, "trajectTermijnMaanden,12,", "trajectTermijnMaanden,abc,");

        assertThat(problems(rules)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.PARAMETER_ONGELDIG);
            assertThat(p.plaats()).isEqualTo("parameters.drl.csv:13 (kolom B)");
            assertThat(p.melding()).contains("trajectTermijnMaanden", "'abc'", "geen geheel getal");
        });
        // Loading refuses it at the same cell (Drools, which still compiles the table, may add its own compile error).
        assertThat(loadProblems(rules)).anySatisfy(p -> {
            assertThat(p.plaats()).isEqualTo("parameters.drl.csv:13 (kolom B)");
            assertThat(p.melding()).contains("'abc'");
        });
    }

    @Test
    void aCellThatJavaWouldComputeIsRefusedNotComputed() throws IOException {
        Path rules = copy();
        edit(rules, "meervoudigVanaf,3,", "meervoudigVanaf,2 + 1,");

        assertThat(problems(rules)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.PARAMETER_ONGELDIG);
            assertThat(p.plaats()).isEqualTo("parameters.drl.csv:11 (kolom B)");
            assertThat(p.melding()).contains("meervoudigVanaf", "'2 + 1'");
        });
        // 2 + 1 compiles, so Drools has nothing to say: loading refuses it only because the cell is read as data.
        assertThat(loadProblems(rules)).singleElement().satisfies(p -> {
            assertThat(p.plaats()).isEqualTo("parameters.drl.csv:11 (kolom B)");
            assertThat(p.melding()).contains("'2 + 1'");
        });
    }

    @Test
    void anEmptyValueAndATooLargeOneAreProblemsToo() throws IOException {
        Path rules = copy();
        edit(rules, "volwassenVanaf,18,", "volwassenVanaf,,");
        edit(rules, "trajectTermijnMaanden,12,", "trajectTermijnMaanden,99999999999,");

        assertThat(problems(rules)).extracting(LoadProblem::code, LoadProblem::plaats).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ProblemCode.PARAMETER_ONGELDIG, "parameters.drl.csv:13 (kolom B)"),
                org.assertj.core.groups.Tuple.tuple(ProblemCode.PARAMETER_ONGELDIG, "parameters.drl.csv:15 (kolom B)"));
        assertThat(problems(rules).get(0).melding()).contains("te groot");
        assertThat(problems(rules).get(1).melding()).contains("volwassenVanaf", "geen waarde");
    }

    @Test
    void aRowWithoutANameIsTheMetadataChecksOnce() throws IOException {
        Path rules = copy();
        edit(rules, "\nmeervoudigVanaf,3,", "\n,3,");

        // Without its name the parameter is missing for the rules that read it: that is said where they read it.
        assertThat(problems(rules)).extracting(LoadProblem::code, LoadProblem::plaats).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(ProblemCode.PARAMETER_ONBEKEND, "ladder.drl.csv:8 (kolom F)"),
                org.assertj.core.groups.Tuple.tuple(ProblemCode.PARAMETER_ONBEKEND, "samenhang.drl:12"));
        assertThat(loadProblems(rules)).filteredOn(p -> p.code() != ProblemCode.PARAMETER_ONBEKEND).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.METADATA_ONTBREEKT);
            assertThat(p.plaats()).isEqualTo("parameters.drl.csv:11 (kolom A)");
            assertThat(p.melding()).contains("mist id", "naam van de parameter");
        });
    }

    @Test
    void twoRowsWithOneNameAreTheDuplicateIdCheckOnce() throws IOException {
        Path rules = copy();
        edit(rules, "\nmislukteMaatwerkTrajecten,2,", "\nmeervoudigVanaf,2,");

        // The name it replaced is now missing for the rule that reads it.
        assertThat(problems(rules)).extracting(LoadProblem::code, LoadProblem::plaats).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ProblemCode.PARAMETER_ONBEKEND, "trajecten.drl:27"));
        assertThat(loadProblems(rules)).filteredOn(p -> p.code() != ProblemCode.PARAMETER_ONBEKEND).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.ID_DUBBEL);
            assertThat(p.plaats()).isEqualTo("parameters.drl.csv:14 (kolom A)");
            assertThat(p.melding()).contains("meervoudigVanaf");
        });
    }

    @Test
    void anActionThatDoesNotInsertTheCellUnderTheIdIsAProblemAtItsTemplate() throws IOException {
        Path rules = copy();
        edit(rules, "$param));", "$param * 2));");

        assertThat(problems(rules)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.PARAMETER_ONGELDIG);
            assertThat(p.plaats()).isEqualTo("parameters.drl.csv:9 (kolom B)");
            assertThat(p.melding()).contains("$param * 2", "insert(new Parameter(drools.getRule().getMetaData().get(\"id\"), $param));");
        });
    }

    @Test
    void aConditionInAParameterTableIsAProblemAtItsColumn() throws IOException {
        Path rules = copy();
        edit(rules, "METADATA,ACTION,METADATA,METADATA,METADATA,METADATA,METADATA\n",
                "METADATA,ACTION,METADATA,METADATA,METADATA,METADATA,METADATA,CONDITION\n");
        edit(rules, "\n,,,,,,\nid($param)", "\n,,,,,,,Casus\nid($param)");
        edit(rules, "maximum($param)\n", "maximum($param),leeftijd >= $param\n");

        assertThat(problems(rules)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.PARAMETER_ONGELDIG);
            assertThat(p.plaats()).isEqualTo("parameters.drl.csv:7 (kolom H)");
            assertThat(p.melding()).contains("geen voorwaarden");
        });
    }

    /** Only the reading as data: what {@link ParameterReader} adds, without compiling. */
    private static List<LoadProblem> problems(Path rules) {
        List<LoadProblem> problems = new ArrayList<>();
        ParameterReader.read(parse(rules).regelbestanden(), problems);
        return problems;
    }

    /** What loading reports (it compiles, and checks the metadata too). */
    private static List<LoadProblem> loadProblems(Path rules) {
        try {
            RuleSetLoader.load(parse(rules));
            return List.of();
        } catch (RuleSetProblems e) {
            return e.problems();
        }
    }

    private static ParsedRuleSet parse(Path rules) {
        return ParsedRuleSet.of(RuleSource.fromDirectory(rules));
    }

    /** The first two cells of every row under the label row, as a test reads a CSV file: no Drools, no engine. */
    private static Map<String, Integer> cells(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        Map<String, Integer> cells = new TreeMap<>();
        for (String line : lines.subList(lines.indexOf("parameter,waarde,naam,grondslag,uitleg,minimum,maximum") + 1, lines.size())) {
            String[] row = line.split(",", 3);
            cells.put(row[0], Integer.parseInt(row[1].strip()));
        }
        return cells;
    }

    private Path copy() throws IOException {
        Path target = Files.createTempDirectory(dir, "regels");
        try (Stream<Path> files = Files.list(root().resolve("rules/2026.1"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        return target;
    }

    private static void edit(Path rules, String from, String to) throws IOException {
        Path file = rules.resolve(FILE);
        String text = Files.readString(file);
        assertThat(text.split(java.util.regex.Pattern.quote(from), -1)).as(from + " once in " + FILE).hasSize(2);
        Files.writeString(file, text.replace(from, to));
    }

    private static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("rules")) && Files.isDirectory(p.resolve("engine"))) {
                return p;
            }
        }
        throw new IllegalStateException("Repository root not found");
    }
}
