// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.simulatie;

import nl.afweging.model.Aanvraag;
import nl.afweging.model.Advies;

/**
 * One aanvraag with the advice of each side, to show side by side.
 *
 * @param regel its line number in the input, from 1; deprecated as a name (a {@code regel} is a rule): read
 *     {@link #regelnummer()}
 * @param aanvraag the aanvraag
 * @param basis the advice of the basis
 * @param kandidaat the advice of the kandidaat
 */
public record Vergelijking(@Deprecated long regel, Aanvraag aanvraag, Advies basis, Advies kandidaat) {
    /**
     * The aanvraag's line number in the input, from 1.
     *
     * @return the line number
     */
    public long regelnummer() {
        return regel;
    }
}
