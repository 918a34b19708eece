// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.feiten;

/** A finding: a point of attention for the professional. */
public final class Aandachtspunt {
    private final String code;

    /**
     * A point of attention with this code.
     *
     * @param code the code, such as {@code EEN_GEZIN_EEN_PLAN}
     */
    public Aandachtspunt(String code) { this.code = code; }

    /**
     * The code of the point of attention.
     *
     * @return the code
     */
    public String getCode() { return code; }
}
