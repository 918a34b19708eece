// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.feiten;

/** A finding: a point of attention for the professional. */
public final class Aandachtspunt {
    private final String code;

    public Aandachtspunt(String code) { this.code = code; }

    public String getCode() { return code; }
}
