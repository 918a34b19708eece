// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

/** De veiligheidsinschatting (Meldcode huiselijk geweld en kindermishandeling). */
public enum Veiligheid {
    /** No safety concerns; the default. */
    GEEN,
    /** Concerns about safety. */
    ZORGEN,
    /** Suspected domestic violence or child abuse. */
    VERMOEDEN_GEWELD,
    /** Acutely unsafe. */
    ACUUT_ONVEILIG
}
