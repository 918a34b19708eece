// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What every command of the tree has in common: {@code --version}, Dutch help headings, help that wraps at the
 * terminal's width, and Dutch words for a command line that cannot be parsed ({@link ParseErrors}). Set here, on the whole tree, so a command added later gets it without asking.
 */
final class CommandTree {
    /** The help width when the terminal's cannot be found (a pipe, a test). */
    static final int BREEDTE = 100;

    private CommandTree() {}

    static void configure(CommandLine root) {
        ResourceBundle teksten = ResourceBundle.getBundle("nl.afweging.cli.hulp");
        for (CommandLine command : walk(root)) {
            CommandSpec spec = command.getCommandSpec();
            spec.resourceBundle(teksten);
            spec.versionProvider(new Main.Versie());
            if (spec.helpCommand()) {
                dutchHelpCommand(spec);
            }
        }
        // After the loop: these two apply to every command already in the tree.
        root.setUsageHelpWidth(BREEDTE);
        root.setUsageHelpAutoWidth(true);
        root.setParameterExceptionHandler(new ParseErrors());
    }

    /** The command and all its subcommands, depth first, the command itself first. */
    static List<CommandLine> walk(CommandLine command) {
        List<CommandLine> all = new ArrayList<>();
        all.add(command);
        command.getSubcommands().values().forEach(sub -> all.addAll(walk(sub)));
        return all;
    }

    /** picocli's own {@code help} command speaks English and has no {@code --version}; this one does neither. */
    private static void dutchHelpCommand(CommandSpec spec) {
        // No header: like every other command, the summary is the first line of the description, under the usage line.
        spec.usageMessage()
                .header(new String[0])
                .description("Toont de hulp bij een opdracht.",
                        "Zonder COMMAND: de hulp bij afweging zelf. Met COMMAND: de hulp bij die opdracht.");
        if (spec.findOption("--version") == null) {
            spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                    .description("Toont de versie en stopt.").build());
        }
    }
}
