// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

/** De veiligheidsinschatting (Meldcode huiselijk geweld en kindermishandeling). */
public enum Veiligheid { GEEN, ZORGEN, VERMOEDEN_GEWELD, ACUUT_ONVEILIG }
