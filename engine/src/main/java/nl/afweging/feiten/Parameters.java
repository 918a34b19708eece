// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.feiten;

import java.util.Map;
import java.util.TreeMap;

/**
 * Every parameter of the rule set (the thresholds and terms of its parameter tables) as one fact, read by name:
 *
 * <pre>
 * $parameters : Parameters()
 * Profiel(aantalTotEnMet(3) &gt;= $parameters.waarde("meervoudigVanaf"))
 * </pre>
 *
 * <p>It says the same as the five {@link Parameter} facts ({@code Parameter(naam == "meervoudigVanaf", $vanaf :
 * waarde)}), with one fact instead of one per parameter: fewer facts to insert and to join in every evaluation. The
 * engine inserts it only into a rule set that reads it, and the {@link Parameter} facts only into one that reads
 * those. The values come from the parameter tables, whose form stays the same. Loading checks that every name a rule
 * reads is in a parameter table; a name that is not a plain text in the rule is refused, because then no one can see
 * which parameter the rule reads.
 *
 * <p>Immutable, so one instance serves every evaluation.
 */
public final class Parameters {
    private final Map<String, Integer> waarden;

    /**
     * @param waarden every parameter's value by name; copied
     */
    public Parameters(Map<String, Integer> waarden) {
        this.waarden = Map.copyOf(waarden);
    }

    /**
     * The value of one parameter.
     *
     * @param naam the parameter's name, as in the parameter table's first column
     * @return its value
     * @throws IllegalArgumentException when the rule set has no parameter of that name (loading refuses a rule that
     *     reads one, so this is never met in a loaded rule set)
     */
    public int waarde(String naam) {
        Integer waarde = waarden.get(naam);
        if (waarde == null) {
            throw new IllegalArgumentException("geen parameter '" + naam + "'; de parameters zijn: "
                    + String.join(", ", new TreeMap<>(waarden).keySet()));
        }
        return waarde;
    }

    @Override
    public String toString() {
        return "Parameters" + new TreeMap<>(waarden);
    }
}
