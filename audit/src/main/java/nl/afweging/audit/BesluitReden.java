// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.audit;

/**
 * Why the professional decided as they did, recorded with their besluit in the audit log ({@code audit besluit}).
 * A code, never free text: an auditor counts them. {@link #ADVIES_GEVOLGD} when the decided level is the advised one;
 * every other code says why the professional departed from the advice.
 */
public enum BesluitReden {
    /** The professional decided the advised level. */
    ADVIES_GEVOLGD,
    /** The conversation (keukentafelgesprek) brought facts the aanvraag did not hold. */
    INFORMATIE_ONTBRAK_IN_AANVRAAG,
    /** The situation changed after the peildatum of the aanvraag. */
    SITUATIE_VERANDERD,
    /** The network or gebruikelijke hulp can carry more, or less, than the aanvraag says. */
    NETWERK_ANDERS_INGESCHAT,
    /** The professional judges safety differently (Meldcode). */
    VEILIGHEID_ANDERS_INGESCHAT,
    /** Another law or provision comes first (Wlz, Zvw, onderwijs, ...). */
    VOORLIGGENDE_VOORZIENING,
    /** The citizen chose otherwise, or declined the advised help. */
    WENS_VAN_DE_CLIENT,
    /** Individual circumstances the afwegingskader does not weigh (maatwerk, hardheidsclausule). */
    MAATWERK_NODIG,
    /** The advised help is not available in time (wachtlijst, capaciteit). */
    WACHTLIJST_OF_CAPACITEIT,
    /** The professional holds the advice wrong: a signal for the rule set's owners. */
    ADVIES_ONJUIST,
    /** None of the above; a growing count asks for a new code. */
    ANDERS
}
