// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code afweging}: the command line around the engine. Output is on stdout; every message is on stderr. */
@Command(name = "afweging", mixinStandardHelpOptions = true, versionProvider = Main.Versie.class,
        description = {"Geeft advies over hulpvragen volgens een afwegingskader (Drools-regels).",
                "Elke opdracht die een regelset leest, neemt --rules DIR; zonder --rules: de ingebouwde regelset.",
                "simulate vergelijkt er twee en neemt daarom --basis en --kandidaat.",
                "Elke opdracht kent --help en --version."},
        footer = {"", "De benchmark staat apart: ./afweging bench [--full] [--json] (zie README, Performance)."})
public final class Main {
    /** Every subcommand, in the order the help lists them. */
    static final List<Class<?>> OPDRACHTEN = List.of(DecideCommand.class, ValidateCommand.class, ReplayCommand.class,
            SimulateCommand.class, GenereerCommand.class, AuditCommand.class, DocsCommand.class, TabellenCommand.class,
            ServeCommand.class, SleutelCommand.class, CommandLine.HelpCommand.class);

    /** Exit codes shared by the commands (see the README). */
    static final int OK = 0;
    static final int ONGELDIGE_AANVRAAG = 2;
    /** docs: an --out that is not .md or .html, or cannot be written (the same code as a usage error). */
    static final int ONGELDIGE_INVOER = 2;
    static final int REGELSET_FOUT = 3;
    /** decide --audit: the audit record could not be written, so no advice was given. */
    static final int AUDIT_FOUT = 4;
    /** decide: the rule set failed on this aanvraag (a rule threw, or the level stayed open or double); no advice. */
    static final int EVALUATIE_FOUT = 5;
    /** validate: findings; replay: a difference; audit verify: a broken chain. */
    static final int BEVINDINGEN = 1;

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** Runs one command with the given streams, so tests can run the command line in-process. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return commandLine(new Streams(in, out, err), args.length == 0 ? null : args[0]).execute(args);
    }

    /** The whole command tree, ready to run; tests walk it to check what every command must have. */
    static CommandLine commandLine(Streams streams) {
        return commandLine(streams, null);
    }

    /**
     * The command tree for a run whose first argument is {@code opdracht}: when that names a subcommand, only that one
     * under the root, else (a misspelt name, no command, {@code help}, which shows the others) all of them. picocli
     * reads a command's annotations as it is added, and its own classes are too old a class-file version for the
     * AppCDS archive: the whole tree costs a {@code decide} about 50 ms more than its own command.
     */
    static CommandLine commandLine(Streams streams, String opdracht) {
        CommandLine cli = new CommandLine(new Main(), new Factory(streams));
        List<Class<?>> genoemd = OPDRACHTEN.stream().filter(c -> c != CommandLine.HelpCommand.class)
                .filter(c -> c.getAnnotation(Command.class).name().equals(opdracht)).toList();
        for (Class<?> opdrachtKlasse : genoemd.isEmpty() ? OPDRACHTEN : genoemd) {
            cli.addSubcommand(opdrachtKlasse);
        }
        cli.setOut(new PrintWriter(streams.out(), true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(streams.err(), true, StandardCharsets.UTF_8));
        CommandTree.configure(cli);
        return cli;
    }

    /** Gives every command that asks for them the streams of this run. */
    private record Factory(Streams streams) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                var constructor = cls.getDeclaredConstructor(Streams.class);
                return constructor.newInstance(streams);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }

    /** {@code afweging 0.3.0 (commit 0123456789ab)}: the version, and the commit the jar was built from. */
    static final class Versie implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"afweging " + nl.afweging.Engine.versie() + " (commit " + commit() + ")"};
        }

        /** From bouw.properties; "onbekend" when the build ran outside git (no commit, or git's error message). */
        static String commit() {
            Properties bouw = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("/nl/afweging/cli/bouw.properties")) {
                if (in != null) {
                    bouw.load(in);
                }
            } catch (IOException e) {
                return "onbekend";
            }
            return commit(bouw.getProperty("commit", ""));
        }

        /** What the build wrote ({@code git describe}: a hash, "+" when changed) as --version says it. */
        static String commit(String beschreven) {
            String commit = beschreven.strip();
            if (!commit.matches("[0-9a-f]{7,40}\\+?")) {
                return "onbekend";
            }
            return commit.endsWith("+") ? commit.substring(0, commit.length() - 1) + ", met wijzigingen" : commit;
        }
    }
}
