// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import io.javalin.security.RouteRole;
import java.util.Locale;
import java.util.Optional;

/**
 * What a key may do. Each route names the roles that may call it; a route without roles (health, the proefomgeving's
 * files) is open to everyone.
 */
enum Rol implements RouteRole {
    /** Asks for advice and records the professional's decision on it. */
    ADVISEUR,
    /** Reloads the rules and reads the metrics: runs the service. */
    BEHEERDER,
    /** Reads the rule sets, their documentation and the API description: checks what the service does. */
    AUDITOR;

    /** As in the configuration file and on stderr: lower case. */
    String naam() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Rol> van(String naam) {
        for (Rol rol : values()) {
            if (rol.naam().equals(naam)) {
                return Optional.of(rol);
            }
        }
        return Optional.empty();
    }
}
