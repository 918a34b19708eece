// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

import java.time.LocalDate;

/**
 * Which rule set made an advies: the version's naam and versie, the date it is in force from, and a SHA-256 over
 * exactly the files that ran. With gemeenteregels ({@code gemeente}: the gemeente's own folder on top of this
 * version) the hash covers the version and those regels together; without them {@code gemeente} is null, and absent
 * from the JSON.
 */
public record Regelset(String naam, String versie, LocalDate geldigVanaf, String hash, GemeenteRegels gemeente) {

    /**
     * A version on its own, without gemeenteregels.
     *
     * @param naam the version's naam
     * @param versie its versie
     * @param geldigVanaf the first day it is in force
     * @param hash the SHA-256 over its files
     */
    public Regelset(String naam, String versie, LocalDate geldigVanaf, String hash) {
        this(naam, versie, geldigVanaf, hash, null);
    }
}
