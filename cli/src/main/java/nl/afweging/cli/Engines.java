package nl.afweging.cli;

import java.nio.file.Path;
import nl.afweging.Engine;

/** Loads the engine for a command: the default afwegingskader, or the one in {@code --rules DIR}. */
final class Engines {
    private Engines() {}

    static Engine load(Path rules) {
        Engine.Builder builder = Engine.builder();
        if (rules != null) {
            builder.rules(rules);
        }
        return builder.build();
    }
}
