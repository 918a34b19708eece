// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A rule that fired: its id, naam, grondslag and uitleg as written in the rule file, where it is written
 * ({@code bron}: file and line, or table row) and the input values it read ({@code gelezen}, by path in
 * alphabetical order; a value may be null when the aanvraag left that optional field out).
 */
public record ToegepasteRegel(String id, String naam, String grondslag, String uitleg, String bron,
                              Map<String, Object> gelezen) {

    /**
     * Keeps a sorted copy of {@code gelezen} that refuses changes.
     *
     * @param id the rule's id
     * @param naam its name
     * @param grondslag its legal basis
     * @param uitleg its explanation
     * @param bron where it is written
     * @param gelezen the values it read, by path
     */
    public ToegepasteRegel {
        // A sorted copy that refuses changes: the values themselves are immutable (numbers, texts, enums, records, lists).
        gelezen = Collections.unmodifiableSortedMap(new TreeMap<>(gelezen));
    }
}
