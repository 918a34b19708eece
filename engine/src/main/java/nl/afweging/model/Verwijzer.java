// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

/** Wie de aanvrager verwees. */
public enum Verwijzer {
    /** No referral; the default. */
    GEEN,
    /** Referred by the huisarts. */
    HUISARTS,
    /** Referred by a medisch specialist. */
    MEDISCH_SPECIALIST,
    /** Referred by the jeugdarts. */
    JEUGDARTS,
    /** Referred by a gecertificeerde instelling (jeugdbescherming). */
    GECERTIFICEERDE_INSTELLING,
    /** Referred by a court. */
    RECHTER
}
