// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

import nl.afweging.impl.constraints.Geheel;
import nl.afweging.impl.constraints.Verplicht;


/** Iemand die met de aanvrager samenwoont (voor gebruikelijke hulp). */
public record Huisgenoot(
        @Verplicht Relatie relatie,
        @Verplicht @Geheel(van = 0, totEnMet = 120) int leeftijd,
        boolean beschikbaar,
        boolean overbelast,
        boolean beperking) {}
