// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.feiten;

/** A named value from the parameter table (a threshold or a term), read by other rules. */
public final class Parameter {
    private final String naam;
    private final int waarde;

    /**
     * {@code naam} is an Object so a table can pass a rule's metadata value straight in.
     *
     * @param naam the parameter's name
     * @param waarde its value
     */
    public Parameter(Object naam, int waarde) {
        this.naam = String.valueOf(naam);
        this.waarde = waarde;
    }

    /**
     * The parameter's name.
     *
     * @return the name
     */
    public String getNaam() { return naam; }

    /**
     * The parameter's value.
     *
     * @return the value
     */
    public int getWaarde() { return waarde; }
}
