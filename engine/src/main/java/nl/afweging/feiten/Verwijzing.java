// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.feiten;

/** A finding: a referral to another domain (VEILIG_THUIS, WLZ, ZVW). */
public final class Verwijzing {
    private final String code;

    /**
     * A referral with this code.
     *
     * @param code the domain, such as {@code VEILIG_THUIS}
     */
    public Verwijzing(String code) { this.code = code; }

    /**
     * The domain referred to.
     *
     * @return the code
     */
    public String getCode() { return code; }
}
