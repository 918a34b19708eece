// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;


/** De aanvrager; alleen wat de afweging nodig heeft. */
public record Persoon(@Verplicht @Geheel(van = 0, totEnMet = 120) int leeftijd) {}
