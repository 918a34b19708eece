// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A token bucket per key: {@code verzoekenPerSeconde} steady, up to {@code piek} at once. Buckets exist only for keys
 * that passed the check, so their number is bounded by the configuration, whatever callers send.
 */
final class Snelheidsgrens {
    private final Supplier<DienstConfig.Limieten> limieten;
    private final ConcurrentHashMap<String, Emmer> emmers = new ConcurrentHashMap<>();

    Snelheidsgrens(Supplier<DienstConfig.Limieten> limieten) {
        this.limieten = limieten;
    }

    /** True when the key may make one more request now (and takes it). */
    boolean neem(String sleutelHash) {
        return emmers.computeIfAbsent(sleutelHash, k -> new Emmer()).neem(limieten.get(), System.nanoTime());
    }

    private static final class Emmer {
        private double tokens = -1;
        private long laatst;

        synchronized boolean neem(DienstConfig.Limieten limiet, long nu) {
            if (tokens < 0) {
                tokens = limiet.piek();
            } else {
                tokens = Math.min(limiet.piek(), tokens + (nu - laatst) / 1e9 * limiet.verzoekenPerSeconde());
            }
            laatst = nu;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }
}
