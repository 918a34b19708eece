// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

/** Hoe de aanvrager tot de Wet langdurige zorg staat. */
public enum Wlz {
    /** No Wlz; the default. */
    GEEN,
    /** The person probably qualifies for the Wlz, without an indication yet. */
    VERMOEDEN,
    /** The person has a Wlz indication. */
    INDICATIE
}
