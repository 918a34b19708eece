// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import nl.afweging.audit.AuditLog;
import nl.afweging.Engine;
import nl.afweging.model.Aanvraag;

/**
 * Loads the engine for a command: the default afwegingskader, or the one in {@code --rules DIR}; with an audit
 * log or not; and with the cache of compiled rule sets, so a repeated command skips compiling unchanged rules.
 */
final class Engines {
    /** Where compiled rule sets are kept: this system property, else this environment variable, else the user's cache folder. */
    static final String CACHE_PROPERTY = "afweging.cache";
    static final String CACHE_VARIABLE = "AFWEGING_CACHE";

    private Engines() {}

    /** {@code audit} may be null: no audit log. */
    static Engine load(Path rules, AuditLog audit) {
        return load(rules, audit, null);
    }

    /** With {@code aanvraag} (null: none), only the rules that aanvraag runs on are loaded. */
    static Engine load(Path rules, AuditLog audit, Aanvraag aanvraag) {
        Engine.Builder builder = Engine.builder();
        if (aanvraag != null) {
            builder.onlyFor(aanvraag.peildatum(), aanvraag.gemeente());
        }
        if (rules != null) {
            builder.rules(rules);
        }
        if (audit != null) {
            builder.audit(audit);
        }
        Path cache = cacheFolder();
        if (cache != null) {
            builder.cache(cache);
        }
        return builder.build();
    }

    /**
     * The cache folder, or null when the cache is switched off ({@code AFWEGING_CACHE=uit}). By default
     * {@code $XDG_CACHE_HOME/afweging}, else {@code ~/.cache/afweging}.
     */
    static Path cacheFolder() {
        String configured = System.getProperty(CACHE_PROPERTY, System.getenv(CACHE_VARIABLE));
        if (configured != null && !configured.isBlank()) {
            String value = configured.strip();
            return Set.of("uit", "off", "0", "false").contains(value.toLowerCase(Locale.ROOT)) ? null : Path.of(value);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("afweging");
    }
}
