// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.feiten;

/** A finding from the catalogue: the voorziening with this code fits the advised level and a soort. */
public final class Voorstel {
    private final String code;
    private final boolean collectief;

    /**
     * {@code code} is an Object so a table can pass a rule's metadata value straight in.
     *
     * @param code the voorziening's code
     * @param collectief whether it is a collective offer
     */
    public Voorstel(Object code, boolean collectief) {
        this.code = String.valueOf(code);
        this.collectief = collectief;
    }

    /**
     * The voorziening's code.
     *
     * @return the code
     */
    public String getCode() { return code; }

    /**
     * Whether the voorziening is a collective offer.
     *
     * @return true when collective
     */
    public boolean isCollectief() { return collectief; }
}
