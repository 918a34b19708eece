// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

/** Hoe een huisgenoot tot de aanvrager staat. */
public enum Relatie {
    /** The partner. */
    PARTNER,
    /** A parent. */
    OUDER,
    /** A child. */
    KIND,
    /** Anyone else in the household. */
    OVERIG
}
