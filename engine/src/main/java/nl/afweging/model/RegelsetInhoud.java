// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A loaded rule set in full: which it is ({@code regelset}), the last day it is in force ({@code geldigTot}: its
 * manifest's, or the day before the next version starts; null when no later version is known), what its files say it
 * is for, every rule in the order of its files and lines, and every parameter's value by name.
 */
public record RegelsetInhoud(Regelset regelset, LocalDate geldigTot, String beschrijving, List<Regel> regels,
                             Map<String, Integer> parameters) {

    /**
     * Keeps unmodifiable copies of the rules and the parameters.
     *
     * @param regelset which rule set
     * @param geldigTot the last day it is in force, or null
     * @param beschrijving what its files say it is for
     * @param regels every rule
     * @param parameters every parameter's value by name
     */
    public RegelsetInhoud {
        regels = List.copyOf(regels);
        // Sorted by name, so its JSON is the same every time.
        parameters = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(parameters));
    }
}
