// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

/**
 * What a rule in a rule set is for; only a beslisregel appears in an advies's {@code regels}. The engine knows it by
 * the fact the rule's actions insert: a Parameter, a Voorstel, a Besluit, or else a finding of its own.
 */
public enum Regelsoort {
    /** A rule of the afwegingskader (L0, V1, E1, ...): it decides or signals something about the aanvraag. */
    BESLISREGEL,
    /** A row of the parameter table: a threshold or term that other rules read. */
    PARAMETER,
    /** A row of the voorzieningen catalogue: an offer to suggest at the advised level. */
    VOORZIENING,
    /** The closing rule that fixes the advised level once every other rule has fired. */
    AFRONDING
}
