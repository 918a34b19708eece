// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line that cannot be parsed, said in Dutch: picocli's own messages are English and not in its resource
 * bundle ({@code Missing required subcommand}, {@code Unknown option: '--bogus'}). One line saying what is wrong and
 * how to go on, then the command's usage line; exit 2, as picocli does.
 */
final class ParseErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(message(e));
        err.print(command.getHelp().synopsis(0));
        err.println("Meer hulp: afweging " + path(command) + "--help");
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    static String message(ParameterException e) {
        CommandLine command = e.getCommandLine();
        if (e instanceof UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            if (u.isUnknownOption()) {
                List<String> suggestions = u.getSuggestions();
                return "Onbekende optie: '" + unmatched.get(0) + "'."
                        + (suggestions.isEmpty() ? "" : " Bedoelt u " + String.join(" of ", suggestions) + "?");
            }
            if (!command.getSubcommands().isEmpty()) {
                List<String> suggestions = u.getSuggestions();
                return "Onbekende opdracht: '" + unmatched.get(0) + "'. "
                        + (suggestions.isEmpty() ? "" : "Bedoelt u " + String.join(" of ", suggestions) + "? ")
                        + "Kies uit: " + subcommands(command) + ".";
            }
            return "Te veel argumenten: " + unmatched.stream().map(a -> "'" + a + "'").collect(Collectors.joining(", ")) + ".";
        }
        if (e instanceof MissingParameterException m) {
            return "Ontbreekt: " + m.getMissing().stream().map(ParseErrors::name).collect(Collectors.joining(", ")) + ".";
        }
        if (e instanceof OverwrittenOptionException o) {
            return "De optie " + name(o.getOverwritten()) + " mag maar één keer.";
        }
        if (e instanceof MutuallyExclusiveArgsException) {
            return "Deze opties gaan niet samen: " + e.getMessage().replaceFirst("^Error: ", "");
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return "Ongeldige waarde voor " + name(e.getArgSpec()) + ": '" + e.getValue() + "'; verwacht " + expected(e.getArgSpec()) + ".";
        }
        if (!command.getSubcommands().isEmpty() && String.valueOf(e.getMessage()).startsWith("Missing required subcommand")) {
            return "Kies een opdracht: " + subcommands(command) + ".";
        }
        // Our own checks throw ParameterException with a Dutch message; anything else keeps picocli's words.
        return e.getMessage();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : ((PositionalParamSpec) arg).paramLabel();
    }

    private static String expected(ArgSpec arg) {
        Class<?> type = arg.type();
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "een geheel getal";
        }
        if (type == Path.class) {
            return "een pad";
        }
        if (type.isEnum()) {
            return "een van " + java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (type == java.time.LocalDate.class) {
            return "een datum JJJJ-MM-DD";
        }
        return "een waarde van de vorm " + arg.paramLabel();
    }

    private static String subcommands(CommandLine command) {
        return command.getSubcommands().keySet().stream().filter(n -> !n.equals("help")).collect(Collectors.joining(", "));
    }

    /** "audit verify " for the command afweging audit verify, "" for afweging itself. */
    private static String path(CommandLine command) {
        String qualified = command.getCommandSpec().qualifiedName(" ");
        int space = qualified.indexOf(' ');
        return space < 0 ? "" : qualified.substring(space + 1) + " ";
    }
}
