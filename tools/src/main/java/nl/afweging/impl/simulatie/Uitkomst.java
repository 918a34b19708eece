// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.simulatie;

import nl.afweging.model.Aanvraag;
import nl.afweging.model.Advies;

/**
 * One line of the population as a worker leaves it: the aanvraag with both advices, or why it has none (then
 * {@code reden} is set and the rest is null). Only the counts are kept after it is added.
 */
public record Uitkomst(long regel, Aanvraag aanvraag, Advies basis, Advies kandidaat, String reden) {
    public static Uitkomst ongeldig(long regel, String reden) {
        return new Uitkomst(regel, null, null, null, reden);
    }

    public boolean isGeldig() {
        return reden == null;
    }
}
