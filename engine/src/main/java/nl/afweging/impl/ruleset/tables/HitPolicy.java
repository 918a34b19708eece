// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset.tables;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a decision table promises about its rows, written above the table as {@code HitPolicy,UNIQUE} (the
 * names are DMN's). {@code ./afweging validate} checks the promise; Drools itself ignores the line.
 */
public enum HitPolicy {
    /** Every input matches exactly one row: no gaps, no overlaps (the ZRM ladder). */
    UNIQUE,
    /** Every input matches at least one row; rows that overlap must give the same result. */
    ANY,
    /** Any number of rows may match and every match counts (floors, referrals, the catalogue); nothing to check. */
    COLLECT;

    public static final String KEYWORD = "HitPolicy";

    /** The policy named in a cell, or null when the name is not one of these. */
    static HitPolicy parse(String value) {
        return Arrays.stream(values()).filter(p -> p.name().equals(value.strip().toUpperCase(Locale.ROOT)))
                .findFirst().orElse(null);
    }

    boolean checksGaps() {
        return this != COLLECT;
    }
}
