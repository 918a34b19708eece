// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

import java.time.LocalDate;
import nl.afweging.impl.constraints.NietNa;
import nl.afweging.impl.constraints.Verplicht;
import nl.afweging.impl.constraints.Waarden;

/** Een eerder hulptraject en hoe het afliep. */
public record EerderTraject(
        @Verplicht @Waarden({"SOCIALE_BASIS", "LOKAAL_TEAM", "SPECIALISTISCH_MAATWERK"}) Niveau niveau,
        @Verplicht Resultaat resultaat,
        @Verplicht @NietNa("peildatum") LocalDate einddatum) {}
