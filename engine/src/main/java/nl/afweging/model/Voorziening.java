// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

/**
 * A suggested voorziening from the rule set's catalogue. {@code productcategorie} is the iWmo/iJw
 * category for maatwerk (WMO020 / JZ020) and {@code null} below that level.
 */
public record Voorziening(String code, String naam, Niveau niveau, boolean collectief, String productcategorie,
                          Kostenindicatie kostenindicatie) {}
