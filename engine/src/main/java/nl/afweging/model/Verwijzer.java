// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

/** Wie de aanvrager verwees. */
public enum Verwijzer { GEEN, HUISARTS, MEDISCH_SPECIALIST, JEUGDARTS, GECERTIFICEERDE_INSTELLING, RECHTER }
