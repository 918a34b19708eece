// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile rule sets of {@code engine/src/test/resources/vijandige-regels/} through the command line, as someone
 * who can write a rule folder would try them: {@code validate} names each one and {@code decide --rules} refuses it
 * (exit 3) or stops the advice (exit 5), with a plain message and no stack trace, and what the rule set tried (a
 * file, a process) never happens. The runs are in this JVM, so a rule that stopped the JVM would end the test run.
 */
class HostileRulesCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path CASES = CliRun.root().resolve("engine/src/test/resources/vijandige-regels");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyHostileRuleSetIsRefusedOrStopped() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream()
                    .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> run(file)));
        }
    }

    private void run(Path caseFile) throws IOException, InterruptedException {
        Path spoor = dir.resolve("spoor-" + caseFile.getFileName());
        JsonNode testCase = MAPPER.readTree(Files.readString(caseFile).replace("{{SPOOR}}", spoor.toString()));
        Path rules = rulesFor(testCase, Files.createTempDirectory(dir, "regels"));
        String aanvraag = CliRun.root().resolve("examples/aanvraag-wmo.json").toString();
        if (testCase.toString().contains("gemeenten/1728/")) {
            // decide loads the rules of the aanvraag's own gemeente: ask for the gemeente whose regels the case changes.
            JsonNode wmo = MAPPER.readTree(Files.readString(Path.of(aanvraag)));
            ((com.fasterxml.jackson.databind.node.ObjectNode) wmo).put("gemeente", "1728");
            aanvraag = Files.writeString(dir.resolve("aanvraag-1728-" + caseFile.getFileName()), wmo.toString()).toString();
        }

        CliRun validate = CliRun.of("validate", "--json", rules.toString());
        CliRun decide = CliRun.of("decide", "--rules", rules.toString(), aanvraag);

        boolean refused = testCase.get("laden").asText().equals("mislukt");
        assertThat(validate.exit()).as("validate").isEqualTo(testCase.get("verwacht").isEmpty() ? Main.OK : Main.BEVINDINGEN);
        for (JsonNode expected : testCase.get("verwacht")) {
            assertThat(validate.out()).contains(expected.get("code").asText());
        }
        // A rule set that loads either stops the advice ("afweging": "stopt") or is simply valid (a long grondslag).
        boolean stops = testCase.path("afweging").asText().equals("stopt");
        assertThat(decide.exit()).as("decide: " + decide.err())
                .isEqualTo(refused ? Main.REGELSET_FOUT : stops ? Main.EVALUATIE_FOUT : Main.OK);
        assertThat(decide.err()).doesNotContain("\tat ").doesNotContain("Exception:");
        if (!refused && !stops) {
            assertThat(decide.out()).as("an advice").contains("\"niveau\"");
            return;
        }
        assertThat(decide.out()).as("no advice").isEmpty();
        if (!refused) {
            // One line: the rule, where it is written and what happened.
            assertThat(decide.err().lines()).as("decide: " + decide.err()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .startsWith("regel X1 (vijand.drl:").contains(") faalde bij aanvraag 2026-000123: ");
        }
        assertThat(spoor).as("what the rule set tried did not happen").doesNotExist();
    }

    /** A condition that fails for one aanvraag only (leeftijd 45): its line of a batch says so, and the batch goes on. */
    @Test
    void aBatchGivesAnErrorLineForTheAanvraagARuleFailsOnAndGoesOn() throws IOException, InterruptedException {
        JsonNode testCase = MAPPER.readTree(CASES.resolve("19-uitzondering-in-een-voorwaarde.json").toFile());
        Path rules = rulesFor(testCase, Files.createTempDirectory(dir, "regels"));
        String wmo = MAPPER.readTree(CliRun.root().resolve("examples/aanvraag-wmo.json").toFile()).toString();
        String jeugd = MAPPER.readTree(CliRun.root().resolve("examples/aanvraag-jeugd.json").toFile()).toString();
        Path lines = Files.writeString(dir.resolve("aanvragen.jsonl"), String.join("\n", wmo, jeugd, wmo, jeugd) + "\n");

        CliRun batch = CliRun.of("decide", "--jsonl", "--threads", "2", "--rules", rules.toString(), lines.toString());

        assertThat(batch.exit()).as(batch.err()).isEqualTo(Main.OK);
        assertThat(batch.err()).isEmpty();
        java.util.List<JsonNode> out = batch.out().lines().map(line -> {
            try {
                return MAPPER.readTree(line);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
        assertThat(out).hasSize(4);
        for (int i : new int[] {0, 2}) {
            assertThat(out.get(i).get("regel").asInt()).isEqualTo(i + 1);
            assertThat(out.get(i).get("fouten").get(0).get("gevonden").asText())
                    .startsWith("regel X1 (vijand.drl:").contains("een voorwaarde gaf ArithmeticException");
        }
        for (int i : new int[] {1, 3}) {
            assertThat(out.get(i).has("niveau")).as(out.get(i).toString()).isTrue();
        }
    }

    /** {@code "herhaal"} written {@code "keer"} times, each {@code {n}} in it the time's number (as BrokenRuleSetsTest). */
    private static String repeated(JsonNode edit) {
        if (!edit.has("herhaal")) {
            return "";
        }
        StringBuilder all = new StringBuilder();
        for (int n = 1; n <= edit.get("keer").asInt(); n++) {
            all.append(edit.get("herhaal").asText().replace("{n}", Integer.toString(n)));
        }
        return all.toString();
    }

    /** A copy of rules/ with the case's edits: replace text, add a file (its text repeated), a link or a file of a given size. */
    private static Path rulesFor(JsonNode testCase, Path rules) throws IOException, InterruptedException {
        RulesCopy copy = RulesCopy.of(rules);
        for (JsonNode edit : testCase.get("bewerkingen")) {
            Path file = rules.resolve(edit.get("bestand").asText());
            // A gemeente's file in a copy of one version: the gemeente folder is made for it.
            Files.createDirectories(file.getParent());
            if (edit.has("inhoud")) {
                Files.writeString(file, edit.get("inhoud").asText() + repeated(edit));
            } else if (edit.has("koppeling")) {
                Files.createSymbolicLink(file, Path.of(edit.get("koppeling").asText()));
            } else if (edit.has("hardeKoppeling")) {
                Path outside = Files.writeString(Files.createTempFile(rules.getParent(), "buiten", ".txt"), edit.get("hardeKoppeling").asText());
                Files.createLink(file, outside);
            } else if (edit.has("pijp")) {
                Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).start();
                assertThat(mkfifo.waitFor()).isZero();
            } else if (edit.has("grootte")) {
                Files.write(file, "a".repeat(edit.get("grootte").asInt()).getBytes(StandardCharsets.US_ASCII));
            } else {
                copy.replace(edit.get("bestand").asText(), edit.get("vervang").asText(), edit.get("door").asText());
            }
        }
        return rules;
    }
}
