package nl.afweging.cli;

import java.nio.file.Path;
import nl.afweging.AuditLog;
import nl.afweging.Engine;

/** Loads the engine for a command: the default afwegingskader, or the one in {@code --rules DIR}; with an audit log or not. */
final class Engines {
    private Engines() {}

    /** {@code audit} may be null: no audit log. */
    static Engine load(Path rules, Path audit) {
        Engine.Builder builder = Engine.builder();
        if (rules != null) {
            builder.rules(rules);
        }
        if (audit != null) {
            builder.audit(AuditLog.at(audit));
        }
        return builder.build();
    }
}
