// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.feiten;

import nl.afweging.model.HulpvraagSoort;

/** One soort of the hulpvraag as its own fact, so a large catalogue can match it by equality (indexed). */
public final class Vraag {
    private final HulpvraagSoort soort;

    /**
     * One soort of the hulpvraag.
     *
     * @param soort the soort
     */
    public Vraag(HulpvraagSoort soort) { this.soort = soort; }

    /**
     * The soort.
     *
     * @return the soort
     */
    @Leest("hulpvraag.soorten")
    public HulpvraagSoort getSoort() { return soort; }
}
