// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

import nl.afweging.impl.constraints.Geheel;
import nl.afweging.impl.constraints.Verplicht;


/** De aanvrager; alleen wat de afweging nodig heeft. */
public record Persoon(@Verplicht @Geheel(van = 0, totEnMet = 120) int leeftijd) {}
