// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --rules DIR}: one option, in one wording, for every command that reads one rule set. */
final class RegelsetOptie {
    /** Also the first sentence of replay's own --rules, which takes several rule sets. */
    static final String UITLEG = "Gebruik de regelset in deze map in plaats van de ingebouwde (bijvoorbeeld een kopie van rules/).";

    @Option(names = "--rules", paramLabel = "DIR", description = UITLEG)
    private Path map;

    /** The folder, or null for the built-in rule set. */
    Path map() {
        return map;
    }

    /**
     * The folder given with --rules or, for scripts written before --rules, as the old positional DIR. Both at
     * once is refused: which one was meant cannot be guessed.
     */
    Path map(Path oudeVorm, CommandSpec spec) {
        if (map != null && oudeVorm != null) {
            throw new ParameterException(spec.commandLine(),
                    "Geef de map van de regelset één keer, met --rules DIR (niet ook als " + oudeVorm + " zonder --rules).");
        }
        return map != null ? map : oudeVorm;
    }
}
