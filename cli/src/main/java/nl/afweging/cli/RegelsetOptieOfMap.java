// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code --rules DIR}, and for scripts written before it the old positional {@code DIR} (hidden from the help), for the
 * commands that took a positional folder ({@code validate}, {@code docs}).
 */
final class RegelsetOptieOfMap {
    @Mixin
    private RegelsetOptie regelset;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", hidden = true, description = "Oude vorm van --rules DIR.")
    private Path oudeVorm;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    /** The folder, or null for the built-in rule set; both forms at once are refused. */
    Path map() {
        return regelset.map(oudeVorm, spec);
    }
}
