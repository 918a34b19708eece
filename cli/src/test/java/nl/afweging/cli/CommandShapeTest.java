// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.afweging.Engine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Issue 11, point 5: every command, found by walking picocli's tree (so a command added later is checked too),
 * has {@code --version} and a complete help: its summary is a whole sentence, shown whole in its parent's list,
 * no line is wider than the help width and every option says what it does.
 */
class CommandShapeTest {

    private static final String COMMIT = "[0-9a-f]{12}(, met wijzigingen)?";

    private static CommandLine tree() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        return Main.commandLine(new Streams(new ByteArrayInputStream(new byte[0]), sink, sink));
    }

    /** The arguments that reach a command: "audit verify" for the command "afweging audit verify". */
    private static List<String> path(CommandLine command) {
        List<String> names = new ArrayList<>(Arrays.asList(command.getCommandSpec().qualifiedName().split(" ")));
        return names.subList(1, names.size());
    }

    private static String[] args(CommandLine command, String... more) {
        List<String> all = new ArrayList<>(path(command));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static Stream<DynamicTest> perCommand(CommandTest test) {
        return CommandTree.walk(tree()).stream().map(c -> DynamicTest.dynamicTest(c.getCommandSpec().qualifiedName(), () -> test.check(c)));
    }

    private interface CommandTest {
        void check(CommandLine command) throws Exception;
    }

    @TestFactory
    Stream<DynamicTest> everyCommandPrintsTheVersion() {
        return perCommand(command -> {
            CliRun run = CliRun.of(args(command, "--version"));
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out().strip()).matches("afweging " + Pattern.quote(Engine.versie()) + " \\(commit (" + COMMIT + "|onbekend)\\)");
            assertThat(run.err()).isEmpty();
        });
    }

    /** Issue 14, point 7: --version names the commit the build ran on (12 hex digits), as git itself names HEAD. */
    @Test
    void theVersionNamesTheCommitItWasBuiltFrom() throws Exception {
        Process git = new ProcessBuilder("git", "rev-parse", "HEAD")
                .directory(new File(System.getProperty("afweging.root"))).redirectErrorStream(true).start();
        String head = new String(git.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        assertThat(git.waitFor()).as(head).isZero();
        CliRun run = CliRun.of("--version");
        assertThat(run.out().strip()).matches("afweging " + Pattern.quote(Engine.versie()) + " \\(commit "
                + Pattern.quote(head.substring(0, 12)) + "(, met wijzigingen)?\\)");
        assertThat(Engine.versie()).matches("\\d+\\.\\d+\\.\\d+");
    }

    /** Built outside git the build writes nothing (or git's complaint): then the commit is "onbekend". */
    @Test
    void aBuildOutsideGitSaysTheCommitIsUnknown() {
        assertThat(Main.Versie.commit("0123456789ab")).isEqualTo("0123456789ab");
        assertThat(Main.Versie.commit("0123456789ab+\n")).isEqualTo("0123456789ab, met wijzigingen");
        assertThat(Main.Versie.commit("")).isEqualTo("onbekend");
        assertThat(Main.Versie.commit("${afweging.commit}")).isEqualTo("onbekend");
        assertThat(Main.Versie.commit("fatal: not a git repository (or any of the parent directories): .git")).isEqualTo("onbekend");
    }

    @TestFactory
    Stream<DynamicTest> everyHelpExitsZeroAndFitsTheWidth() {
        return perCommand(command -> {
            CliRun run = CliRun.of(args(command, "--help"));
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).startsWith("Gebruik: " + command.getCommandSpec().qualifiedName());
            int width = command.getCommandSpec().usageMessage().width();
            assertThat(run.out().lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(width));
        });
    }

    /** help NAME shows what NAME --help shows: a run with help as its first argument gets the whole tree. */
    @TestFactory
    Stream<DynamicTest> helpShowsEveryCommandsOwnHelp() {
        return tree().getSubcommands().keySet().stream().filter(name -> !name.equals("help")).map(name ->
                DynamicTest.dynamicTest(name, () -> {
                    CliRun help = CliRun.of("help", name);
                    assertThat(help.exit()).as(help.err()).isZero();
                    assertThat(help.out()).isEqualTo(CliRun.of(name, "--help").out());
                }));
    }

    /**
     * A run that names a command gets a tree with only that command under the root (picocli's start-up is a tenth of
     * a decide); the command itself, with its own subcommands, is the same as in the whole tree.
     */
    @TestFactory
    Stream<DynamicTest> theTreeForOneCommandHoldsThatCommandAsTheWholeTreeDoes() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        Streams streams = new Streams(new ByteArrayInputStream(new byte[0]), sink, sink);
        CommandLine whole = tree();
        return whole.getSubcommands().keySet().stream().filter(name -> !name.equals("help")).map(name ->
                DynamicTest.dynamicTest(name, () -> {
                    CommandLine narrow = Main.commandLine(streams, name);
                    assertThat(narrow.getSubcommands().keySet()).containsExactly(name);
                    CommandLine own = narrow.getSubcommands().get(name);
                    assertThat(CommandTree.walk(own).stream().map(c -> c.getCommandSpec().qualifiedName()).toList())
                            .isEqualTo(CommandTree.walk(whole.getSubcommands().get(name)).stream()
                                    .map(c -> c.getCommandSpec().qualifiedName()).toList());
                    assertThat(own.getUsageMessage()).isEqualTo(whole.getSubcommands().get(name).getUsageMessage());
                }));
    }

    @TestFactory
    Stream<DynamicTest> everySummaryIsAWholeSentenceShownWholeInItsParentsList() {
        return perCommand(command -> {
            String parentHelp = normalised(CliRun.of(args(command, "--help")).out());
            for (CommandLine sub : command.getSubcommands().values()) {
                String summary = summary(sub.getCommandSpec());
                assertThat(summary).as(sub.getCommandSpec().qualifiedName()).endsWith(".");
                assertThat(parentHelp).contains(normalised(sub.getCommandName() + " " + summary));
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> everyDescriptionIsMadeOfWholeSentences() {
        return perCommand(command -> {
            CommandSpec spec = command.getCommandSpec();
            List<String> lines = new ArrayList<>(List.of(spec.usageMessage().description()));
            lines.addAll(List.of(spec.usageMessage().header()));
            assertThat(lines).as("description of " + spec.qualifiedName()).isNotEmpty();
            List<ArgSpec> args = new ArrayList<>(spec.options());
            args.addAll(spec.positionalParameters());
            for (ArgSpec arg : args) {
                assertThat(arg.description()).as(spec.qualifiedName() + " " + arg.paramLabel()).isNotEmpty();
                lines.addAll(List.of(arg.description()));
            }
            assertThat(lines).allSatisfy(line -> assertThat(line.strip()).as(spec.qualifiedName()).endsWith("."));
        });
    }

    /** What picocli shows in a parent's list: the first header line, else the first description line. */
    private static String summary(CommandSpec spec) {
        String[] header = spec.usageMessage().header();
        return header.length > 0 ? header[0] : spec.usageMessage().description()[0];
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
