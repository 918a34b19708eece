// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * docs/commandoregel.md is held to the command tree as picocli builds it (the tree {@code --help} prints): every
 * command and every option of it is on the page, and every {@code ./afweging} command the page names exists.
 */
class CommandDocsTest {
    private static final Pattern NAMED = Pattern.compile("(?:`|\\$ )\\./afweging ([a-z]+)(?: ([a-z]+))?");

    @Test
    void everyCommandAndOptionIsOnThePageAndThePageNamesNoOtherCommand() throws IOException {
        String page = Files.readString(CliRun.root().resolve("docs/commandoregel.md"));
        CommandLine root = tree();
        List<String> missing = new ArrayList<>();
        for (CommandLine command : CommandTree.walk(root)) {
            String path = command.getCommandSpec().qualifiedName(" ").replaceFirst("^afweging ?", "");
            if (path.isEmpty() || path.equals("help") || !command.getSubcommands().isEmpty()) {
                continue;
            }
            if (!page.contains("./afweging " + path)) {
                missing.add("de opdracht " + path);
            }
            for (OptionSpec option : command.getCommandSpec().options()) {
                if (!option.hidden() && !page.contains(option.longestName())) {
                    missing.add("de optie " + option.longestName() + " van " + path);
                }
            }
        }
        assertThat(missing).as("ontbreekt in docs/commandoregel.md").isEmpty();

        Matcher named = NAMED.matcher(page);
        int seen = 0;
        String launcher = Files.readString(CliRun.root().resolve("afweging"));
        while (named.find()) {
            seen++;
            int lineEnd = page.indexOf('\n', named.end());
            if (page.startsWith("Onbekende opdracht", lineEnd + 1)) {
                continue; // the page shows what a misspelt command gives
            }
            if (named.group(1).equals("bench")) {
                // The benchmark is a jar of its own, which the launcher starts.
                assertThat(launcher).contains("bench/target/afweging-bench.jar");
                continue;
            }
            CommandLine command = root.getSubcommands().get(named.group(1));
            assertThat(command).as("docs/commandoregel.md noemt ./afweging %s", named.group(1)).isNotNull();
            Map<String, CommandLine> subcommands = command.getSubcommands();
            if (!subcommands.isEmpty()) {
                assertThat(subcommands).as("docs/commandoregel.md noemt %s", named.group()).containsKey(named.group(2));
            }
        }
        assertThat(seen).isGreaterThan(15);
    }

    private static CommandLine tree() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        return Main.commandLine(new Streams(new ByteArrayInputStream(new byte[0]), sink, sink));
    }
}
