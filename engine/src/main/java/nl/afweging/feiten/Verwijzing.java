// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.feiten;

/** A finding: a referral to another domain (VEILIG_THUIS, WLZ, ZVW). */
public final class Verwijzing {
    private final String code;

    public Verwijzing(String code) { this.code = code; }

    public String getCode() { return code; }
}
