// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

/**
 * One row of a rule set's catalogue of voorzieningen: what it offers, at which niveau, for which soort hulpvraag and
 * gemeente ({@code null}: every gemeente), and whether it is a collective offer. {@code kostenindicatie} is
 * {@code null} when the row gives no amount; niveau and soort are {@code null} for a row not written as a table row.
 */
public record CatalogusVoorziening(String code, String naam, Niveau niveau, HulpvraagSoort soort, String gemeente,
                                   boolean collectief, String productcategorie, Kostenindicatie kostenindicatie) {}
