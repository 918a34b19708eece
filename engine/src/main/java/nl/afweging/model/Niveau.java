// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

/**
 * The four levels of the afwegingskader, lowest first. The declaration order is the order of the
 * ladder ("zo licht als mogelijk, zo zwaar als nodig"), so {@link #compareTo} compares weight.
 */
public enum Niveau {
    /** No help needed beyond ordinary life: the person and their own network. */
    NORMALISATIE,
    /** Freely accessible help in the neighbourhood (algemene voorzieningen), without indication. */
    SOCIALE_BASIS,
    /** Help by the lokaal team itself, without indication. */
    LOKAAL_TEAM,
    /** Specialist help (maatwerk), with an indication. */
    SPECIALISTISCH_MAATWERK;

    /**
     * The next level up; the highest level stays where it is.
     *
     * @return the next level
     */
    public Niveau hoger() {
        Niveau[] all = values();
        return all[Math.min(ordinal() + 1, all.length - 1)];
    }

    /**
     * True when this level is heavier than {@code other}.
     *
     * @param other the level to compare with
     * @return whether this one is higher
     */
    public boolean isHogerDan(Niveau other) {
        return compareTo(other) > 0;
    }

    /**
     * The heavier of two levels.
     *
     * @param a a level
     * @param b another level
     * @return the higher one
     */
    public static Niveau max(Niveau a, Niveau b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * The lighter of two levels.
     *
     * @param a a level
     * @param b another level
     * @return the lower one
     */
    public static Niveau min(Niveau a, Niveau b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
