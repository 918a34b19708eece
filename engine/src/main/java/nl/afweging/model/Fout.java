// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

/**
 * One problem in an aanvraag: where ({@code pad}, a JSON pointer), what was found and what is allowed.
 * {@code gevonden} never repeats free text from the aanvraag.
 */
public record Fout(String pad, String gevonden, String toegestaan) {

    /**
     * The problem as one line for people: where, what was found, what is allowed.
     *
     * @return the message
     */
    public String melding() {
        return (pad.isEmpty() ? "(aanvraag)" : pad) + ": gevonden " + gevonden + "; toegestaan: " + toegestaan;
    }

    @Override
    public String toString() {
        return melding();
    }
}
