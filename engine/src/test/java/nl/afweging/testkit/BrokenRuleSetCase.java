// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.afweging.BrokenRules;
import nl.afweging.Engine;
import nl.afweging.EvaluationException;
import nl.afweging.RuleSetCheck;
import nl.afweging.RuleSetLoadException;
import nl.afweging.TestEngines;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;

/**
 * One case of {@code kapotte-regels/} or {@code vijandige-regels/}: its edits made to a copy of the rules, then what
 * validate finds and what loading does, compared with what the case expects. A case that puts a table into a
 * folder as a workbook needs the Excel stack, which the core has not: afweging-tabellen runs those cases
 * (BrokenWorkbooksTest), giving the edit that makes the workbook.
 */
public final class BrokenRuleSetCase {
    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path CASES = TestEngines.root().resolve("engine/src/test/resources/kapotte-regels");
    /** Rule sets that try to do something else than advise; {@code {{SPOOR}}} is a path they must never create. */
    private static final Path HOSTILE = TestEngines.root().resolve("engine/src/test/resources/vijandige-regels");
    /**
     * What only validate finds: the check of a decision table's HitPolicy and of rules that can fire themselves
     * forever, which loading does not do.
     */
    private static final Set<ProblemCode> VALIDATE_ONLY = EnumSet.of(ProblemCode.HITPOLICY_ONBEKEND,
            ProblemCode.VOORWAARDE_NIET_NA_TE_GAAN, ProblemCode.TE_VEEL_COMBINATIES, ProblemCode.TABEL_GAT, ProblemCode.TABEL_OVERLAP,
            ProblemCode.REGEL_KAN_HERHALEN, ProblemCode.VERSIES_GAT, ProblemCode.VERSIE_NAAM_HERGEBRUIKT);

    private BrokenRuleSetCase() {}

    /** Puts {@code file} (a table) into {@code rules} as a workbook, as {@code tabellen export} makes it, with the edit's cell change. */
    public interface WorkbookEdit {
        Path toWorkbook(Path rules, String file, JsonNode edit, Path scratch) throws IOException;
    }

    /** Whether the case puts a table into the folder as a workbook. */
    public static boolean needsWorkbooks(Path caseFile) {
        try {
            for (JsonNode edit : MAPPER.readTree(caseFile.toFile()).get("bewerkingen")) {
                if (edit.has("naarExcel")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every case, broken and hostile, in name order. */
    public static List<Path> all() throws IOException {
        List<Path> cases = new ArrayList<>();
        for (Path folder : List.of(CASES, HOSTILE)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(p -> p.toString().endsWith(".json")).sorted().forEach(cases::add);
            }
        }
        return cases;
    }

    public static void replay(Path caseFile, Path dir, WorkbookEdit workbooks) throws IOException {
        Path spoor = dir.resolve("spoor-" + caseFile.getFileName());
        JsonNode testCase = MAPPER.readTree(Files.readString(caseFile).replace("{{SPOOR}}", spoor.toString()));
        // "kopie": "alles" copies every version and gemeente; else one version, as a policy officer's copy of old.
        Path target = Files.createTempDirectory(dir, "regels");
        Path rules = testCase.path("kopie").asText().equals("alles") ? BrokenRules.copyAll(target) : BrokenRules.copy(target);
        try {
            replay(testCase, rules, dir, workbooks);
        } finally {
            assertThat(spoor).as("what the rule set tried to do did not happen").doesNotExist();
        }
    }

    private static void replay(JsonNode testCase, Path rules, Path dir, WorkbookEdit workbooks) throws IOException {
        for (JsonNode edit : testCase.get("bewerkingen")) {
            String file = edit.get("bestand").asText();
            if (edit.path("verwijder").asBoolean()) {
                BrokenRules.delete(rules, file);
            } else if (edit.has("koppeling")) {
                Files.createSymbolicLink(rules.resolve(file), Path.of(edit.get("koppeling").asText()));
            } else if (edit.has("hardeKoppeling")) {
                // A second name for a file outside the rules folder, holding this text.
                Path outside = Files.writeString(Files.createTempFile(dir, "buiten", ".txt"), edit.get("hardeKoppeling").asText());
                Files.createLink(rules.resolve(file), outside);
            } else if (edit.has("pijp")) {
                BrokenRules.pipe(rules.resolve(file));
            } else if (edit.has("grootte")) {
                Files.write(rules.resolve(file), "a".repeat(edit.get("grootte").asInt()).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            } else if (edit.has("naarExcel")) {
                Path workbook = workbooks.toWorkbook(rules, file, edit, Files.createTempDirectory(dir, "excel"));
                Files.copy(workbook, rules.resolve(workbook.getFileName()));
                if (!edit.path("behoudCsv").asBoolean()) {
                    BrokenRules.delete(rules, file);
                }
            } else if (edit.has("codering")) {
                Path p = rules.resolve(file);
                Files.write(p, Files.readString(p).getBytes(java.nio.charset.Charset.forName(edit.get("codering").asText())));
            } else if (edit.has("inhoud")) {
                BrokenRules.create(rules, file, edit.get("inhoud").asText() + repeated(edit));
            } else {
                BrokenRules.edit(rules, file, edit.get("vervang").asText(), edit.get("door").asText());
            }
        }
        // "bekend": an audit record made before, for the check that a changed version takes a new name.
        List<Path> bekend = new ArrayList<>();
        if (testCase.has("bekend")) {
            bekend.add(Files.writeString(Files.createTempFile(dir, "bekend", ".jsonl"), testCase.get("bekend").toString() + "\n"));
        }
        // One cache for the check and the load, as the command line has: the load takes what the check compiled.
        Path cache = Files.createTempDirectory(dir, "cache");
        List<LoadProblem> reported = RuleSetCheck.check(rules, bekend, cache).bevindingen();
        List<LoadProblem> findings = new ArrayList<>(reported);
        assertThat(findings).as("findings").hasSize(testCase.get("verwacht").size());
        for (JsonNode expected : testCase.get("verwacht")) {
            LoadProblem match = findings.stream().filter(f -> matches(expected, f)).findFirst()
                    .orElseThrow(() -> new AssertionError("no finding like " + expected + " in " + findings));
            findings.remove(match);
        }

        if (testCase.get("laden").asText().equals("lukt")) {
            Engine engine = Engine.builder().rules(rules).cache(cache).build();
            assertThat(engine.regelset().hash()).startsWith("sha256:");
            if (testCase.path("afweging").asText().equals("stopt")) {
                String aanvraag = Files.readString(TestEngines.root().resolve("examples/aanvraag-wmo.json"));
                EvaluationException stopped = catchThrowableOfType(() -> engine.evaluateToJson(aanvraag), EvaluationException.class);
                assertThat(stopped).as("the engine stops the advice").isNotNull();
                assertThat(stopped.regelId()).isEqualTo("X1");
                assertThat(stopped.bron()).startsWith("vijand.drl:");
                assertThat(stopped.getMessage()).as("one line naming the rule and where it is written")
                        .startsWith("regel X1 (" + stopped.bron() + ") faalde").doesNotContain("\n");
            }
        } else {
            RuleSetLoadException refused = catchThrowableOfType(() -> Engine.builder().rules(rules).cache(cache).build(),
                    RuleSetLoadException.class);
            assertThat(refused).as("the engine refuses the rule set").isNotNull();
            assertThat(refused.getMessage()).doesNotContain("Exception").doesNotContain("\tat ");
            List<LoadProblem> validateFindings = reported.stream()
                    .filter(f -> !refused.problems().contains(f)).toList();
            assertThat(validateFindings).as("validate adds only its own checks to what loading reports")
                    .allSatisfy(f -> assertThat(f.code()).isIn(VALIDATE_ONLY));
            assertThat(refused.problems()).as("loading gives none of validate's own checks")
                    .allSatisfy(f -> assertThat(f.code()).isNotIn(VALIDATE_ONLY));
        }
    }

    /** {@code "herhaal"} written {@code "keer"} times after the inhoud, each {@code {n}} in it the time's number (1, 2, ...). */
    private static String repeated(JsonNode edit) {
        if (!edit.has("herhaal")) {
            return "";
        }
        String text = edit.get("herhaal").asText();
        StringBuilder all = new StringBuilder();
        for (int n = 1; n <= edit.get("keer").asInt(); n++) {
            all.append(text.replace("{n}", Integer.toString(n)));
        }
        return all.toString();
    }

    private static boolean matches(JsonNode expected, LoadProblem finding) {
        boolean code = finding.code().name().equals(expected.get("code").asText());
        boolean place = expected.has("plaats") ? finding.plaats().equals(expected.get("plaats").asText())
                : finding.plaats().matches(expected.get("plaatsPatroon").asText());
        boolean text = true;
        for (JsonNode part : expected.get("bevat")) {
            text &= finding.melding().contains(part.asText());
        }
        return code && place && text;
    }
}
