// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.afweging.model.Advies;
import nl.afweging.model.Niveau;

/**
 * What the afwegingskader decides for one aanvraag, reduced to the fields an advies is compared on:
 * the level, spoed, the sorted referrals and attention points, and the set of fired rule ids.
 */
public record Uitkomst(Niveau niveau, boolean spoed, List<String> verwijzingen, List<String> aandachtspunten,
                       Set<String> regels) {
    public Uitkomst {
        verwijzingen = List.copyOf(verwijzingen);
        aandachtspunten = List.copyOf(aandachtspunten);
        regels = Collections.unmodifiableSet(new TreeSet<>(regels)); // sorted, for readable reports
    }

    /** The engine's advies reduced to the same fields; {@code regels} becomes the set of fired rule ids. */
    public static Uitkomst of(Advies advies) {
        return new Uitkomst(advies.niveau(), advies.spoed(), advies.verwijzingen(), advies.aandachtspunten(),
                new TreeSet<>(advies.regelIds()));
    }
}
