// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

/** Hoe de aanvrager tot de Wet langdurige zorg staat. */
public enum Wlz { GEEN, VERMOEDEN, INDICATIE }
