// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import java.nio.file.Path;
import nl.afweging.Engine;

/**
 * One side of {@code simulate}: a rules folder with, after an {@code @}, a version and/or a gemeente:
 * {@code rules@2027.1}, {@code rules@1728} (4 digits: a gemeente), {@code rules@2027.1@1728}, a bare {@code rules}
 * (the peildatum chooses the version) or {@code @2027.1} (the built-in rules). {@code map} is null for the built-in.
 */
record RegelsetKeuze(String tekst, Path map, String versie, String gemeente) {

    /** Throws IllegalArgumentException, in Dutch, for a form it cannot read. */
    static RegelsetKeuze lees(String tekst) {
        String[] delen = tekst.split("@", -1);
        Path map = delen[0].isEmpty() ? null : Path.of(delen[0]);
        String versie = null;
        String gemeente = null;
        for (int i = 1; i < delen.length; i++) {
            String deel = delen[i];
            if (deel.matches("[0-9]{4}")) {
                if (gemeente != null) {
                    throw new IllegalArgumentException(tekst + ": geef één gemeente (4 cijfers), niet twee.");
                }
                gemeente = deel;
            } else if (!deel.isEmpty() && versie == null) {
                versie = deel;
            } else {
                throw new IllegalArgumentException(tekst + ": schrijf DIR, DIR@VERSIE, DIR@GEMEENTE of DIR@VERSIE@GEMEENTE"
                        + " (bijvoorbeeld rules@2027.1@1728).");
            }
        }
        if (map == null && versie == null && gemeente == null) {
            throw new IllegalArgumentException("Geef een map met regels, of @VERSIE voor de ingebouwde regels.");
        }
        return new RegelsetKeuze(tekst, map, versie, gemeente);
    }

    /** Loads the engine, with the cache of compiled rule sets. */
    Engine laad() {
        Engine.Builder builder = Engine.builder();
        if (map != null) {
            builder.rules(map);
        }
        if (versie != null) {
            builder.fixedVersie(versie);
        }
        if (gemeente != null) {
            builder.fixedGemeente(gemeente);
        }
        Path cache = Engines.cacheFolder();
        if (cache != null) {
            builder.cache(cache);
        }
        return builder.build();
    }
}
