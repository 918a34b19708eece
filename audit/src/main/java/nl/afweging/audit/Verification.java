// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.audit;

import java.nio.file.Path;
import java.security.PublicKey;
import java.util.function.LongConsumer;

/**
 * The outcome of checking a whole log: how many records are intact, and where the chain breaks first
 * ({@code eersteFout} 0 and {@code melding} null when every record is intact); how many intact records carry no
 * signature (records of a log written before signing, allowed only before the first signed one); whether signatures
 * were checked at all (only with a public key); and whether the break is a torn last line ({@code audit herstel}).
 */
public record Verification(long intacteRecords, long eersteFout, String melding, String laatsteHash, long nietOndertekend,
                           boolean handtekeningenGecontroleerd, boolean afgebrokenStaart) {
    /**
     * True when every record is intact.
     *
     * @return whether the chain holds to the end
     */
    public boolean isIntact() {
        return eersteFout == 0;
    }

    /**
     * Intact, and proven by signatures under the given key: the last record is signed (it vouches for every earlier
     * one through the chain). Without a key, or for a log that is unsigned to its end, this is false.
     *
     * @return whether the log is proven by signatures
     */
    public boolean isBewezen() {
        return isIntact() && handtekeningenGecontroleerd && (intacteRecords == 0 || nietOndertekend < intacteRecords);
    }

    /**
     * Checks the hash chain of a whole log, in order, with constant memory, without checking signatures.
     *
     * @param file the log file
     * @return the outcome
     */
    public static Verification of(Path file) {
        return of(file, null, null, n -> { });
    }

    /**
     * Checks every record of a log, and every signature under {@code key} (the writer's public key).
     *
     * @param file the log file
     * @param key the writer's public key
     * @return the outcome
     */
    public static Verification of(Path file, PublicKey key) {
        return of(file, key, null, n -> { });
    }

    /**
     * As {@link #of(Path, PublicKey)}; with an {@code anker} (may be null) also that the log still holds the
     * anchored
     * record, so a cut tail shows; {@code progress} is told how many records have been read. {@code key} null checks
     * everything but the signatures.
     *
     * @param file the log file
     * @param key the writer's public key, or null
     * @param anker an anchor kept elsewhere, or null
     * @param progress told the number of records read
     * @return the outcome
     */
    public static Verification of(Path file, PublicKey key, Anker anker, LongConsumer progress) {
        return LogCheck.check(file, key, anker, progress, (n, r) -> { }).verification();
    }
}
