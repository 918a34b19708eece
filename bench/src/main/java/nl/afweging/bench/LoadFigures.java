// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

/**
 * Starting up, each in fresh JVMs (medians): loading the default rule set as the library does by default
 * (compiling it), a second load in the same JVM, the heap held after loading; a load that compiles into an
 * empty cache of compiled rule sets, and one that reads from it; {@code ./afweging decide} on one aanvraag
 * from process start to exit with that cache, and warm: as ./afweging starts it once its AppCDS archive is made
 * (C1 only, with the archive); a streamed batch under a heap limit; and {@code simulate} of a
 * generated population between 2026.1 and 2027.1 under the same limit; and {@code serve} under load.
 */
public record LoadFigures(double coldLoadMs, double warmLoadMs, double heapAfterLoadMb, double cacheMissLoadMs,
                          double cachedLoadMs, double decideColdMs, double decideWarmMs, Batch batch, Batch simulate, ServiceFigures service) {

    /** A command on {@code lines} aanvragen with {@code -Xmx<heapLimitMb>m}, start-up included. */
    public record Batch(long lines, int heapLimitMb, int threads, double seconds) {
        public double linesPerSec() {
            return lines / seconds;
        }
    }
}
