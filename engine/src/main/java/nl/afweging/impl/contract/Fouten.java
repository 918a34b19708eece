// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.contract;

import java.util.ArrayList;
import java.util.List;
import nl.afweging.model.Fout;

/**
 * The problems of one aanvraag as they are reported: the first {@link #MAX} in the order they were found, and how
 * many more there were ({@code meer}). The cut is made while checking, so an aanvraag with a million problems costs
 * the memory of fifty: an error report stays readable, and a hostile input cannot flood a terminal or a log.
 */
public record Fouten(List<Fout> lijst, long meer) {
    /** Reported in full up to here; the rest are counted. */
    public static final int MAX = 50;

    public static final Fouten GEEN = new Fouten(List.of(), 0);

    public Fouten {
        lijst = List.copyOf(lijst);
    }

    public static Fouten of(Fout fout) {
        return new Fouten(List.of(fout), 0);
    }

    public boolean isEmpty() {
        return lijst.isEmpty();
    }

    /** All problems found, reported or counted. */
    public long totaal() {
        return lijst.size() + meer;
    }

    /** Collects problems while a check runs, keeping the first {@link #MAX}. */
    static final class Collector {
        private final List<Fout> first = new ArrayList<>();
        private long more;

        void add(String pad, String gevonden, String toegestaan) {
            if (first.size() < MAX) {
                first.add(new Fout(pad, gevonden, toegestaan));
            } else {
                more++;
            }
        }

        Fouten done() {
            return first.isEmpty() ? GEEN : new Fouten(first, more);
        }
    }
}
