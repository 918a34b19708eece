// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

/**
 * The four levels of the afwegingskader, lowest first. The declaration order is the order of the
 * ladder ("zo licht als mogelijk, zo zwaar als nodig"), so {@link #compareTo} compares weight.
 */
public enum Niveau {
    NORMALISATIE,
    SOCIALE_BASIS,
    LOKAAL_TEAM,
    SPECIALISTISCH_MAATWERK;

    /** The next level up; the highest level stays where it is. */
    public Niveau hoger() {
        Niveau[] all = values();
        return all[Math.min(ordinal() + 1, all.length - 1)];
    }

    public boolean isHogerDan(Niveau other) {
        return compareTo(other) > 0;
    }

    public static Niveau max(Niveau a, Niveau b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    public static Niveau min(Niveau a, Niveau b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
