// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.simulatie;

import nl.afweging.model.Aanvraag;
import nl.afweging.model.Advies;

/** One aanvraag with the advice of each side, to show side by side. */
public record Vergelijking(long regel, Aanvraag aanvraag, Advies basis, Advies kandidaat) {}
