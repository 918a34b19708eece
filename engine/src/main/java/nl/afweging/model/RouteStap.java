// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

import java.util.List;

/** Why one level is, or is not, sufficient; {@code regels} holds the ids of the rules behind the reasons. */
public record RouteStap(Niveau niveau, Oordeel oordeel, List<String> redenen, List<String> regels) {
    /**
     * Keeps unmodifiable copies of both lists.
     *
     * @param niveau the level
     * @param oordeel whether it is enough
     * @param redenen the reasons
     * @param regels the ids of the rules behind the reasons
     */
    public RouteStap {
        redenen = List.copyOf(redenen);
        regels = List.copyOf(regels);
    }
}
