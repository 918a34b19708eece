// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.feiten;

/** A finding from the catalogue: the voorziening with this code fits the advised level and a soort. */
public final class Voorstel {
    private final String code;
    private final boolean collectief;

    /** {@code code} is an Object so a table can pass a rule's metadata value straight in. */
    public Voorstel(Object code, boolean collectief) {
        this.code = String.valueOf(code);
        this.collectief = collectief;
    }

    public String getCode() { return code; }

    public boolean isCollectief() { return collectief; }
}
