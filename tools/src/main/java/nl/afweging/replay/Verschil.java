// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.replay;

/**
 * One difference between what was expected (a fixture's {@code verwacht}, or the advies in an audit record)
 * and what the engine gives now: the field as a JSON pointer, and both values as JSON text
 * ({@code null} text when the field is absent on that side).
 */
public record Verschil(String pad, String verwacht, String werkelijk) {
    @Override
    public String toString() {
        return pad + ": verwacht " + verwacht + ", werkelijk " + werkelijk;
    }
}
