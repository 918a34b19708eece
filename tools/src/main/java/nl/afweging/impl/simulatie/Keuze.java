// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.simulatie;

import java.util.SplittableRandom;

/**
 * A choice between values with fixed weights (in whole numbers, e.g. per thousand): the weights stay readable next
 * to the figures in docs/populatie.md, and a draw is one random int and a short scan.
 */
final class Keuze<T> {
    private final Object[] waarden;
    private final int[] tot;

    private Keuze(Object[] waarden, int[] gewichten) {
        this.waarden = waarden;
        this.tot = new int[gewichten.length];
        int som = 0;
        for (int i = 0; i < gewichten.length; i++) {
            som += gewichten[i];
            tot[i] = som;
        }
    }

    /** Pairs of value and weight: {@code van(A, 70, B, 30)}. */
    static <T> Keuze<T> van(Object... paren) {
        Object[] waarden = new Object[paren.length / 2];
        int[] gewichten = new int[paren.length / 2];
        for (int i = 0; i < waarden.length; i++) {
            waarden[i] = paren[2 * i];
            gewichten[i] = (Integer) paren[2 * i + 1];
        }
        return new Keuze<>(waarden, gewichten);
    }

    @SuppressWarnings("unchecked")
    T trek(SplittableRandom random) {
        int r = random.nextInt(tot[tot.length - 1]);
        int i = 0;
        while (r >= tot[i]) {
            i++;
        }
        return (T) waarden[i];
    }
}
