// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.testkit;

import java.nio.file.Path;
import nl.afweging.BrokenRules;
import nl.afweging.Engine;
import nl.afweging.TestEngines;

/**
 * The core's test helpers for the modules beside it (from the engine's test jar): a package of its own, since a
 * module beside the core cannot have classes in the core's package {@code nl.afweging}.
 */
public final class TestRules {
    private TestRules() {}

    /** The repository root, where {@code rules/}, {@code fixtures/} and {@code examples/} live. */
    public static Path root() {
        return TestEngines.root();
    }

    /** The default engine, loaded once for the test run. */
    public static Engine standard() {
        return TestEngines.standaard();
    }

    /** A copy of one version of the rules in {@code target}. */
    public static Path copy(Path target) {
        return BrokenRules.copy(target);
    }

    /** A copy of the whole rules folder (every version, every gemeente) in {@code target}. */
    public static Path copyAll(Path target) {
        return BrokenRules.copyAll(target);
    }

    /** The one occurrence of {@code from} in {@code file} replaced by {@code to}. */
    public static Path edit(Path rules, String file, String from, String to) {
        return BrokenRules.edit(rules, file, from, to);
    }
}
