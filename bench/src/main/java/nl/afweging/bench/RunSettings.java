// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

/**
 * How long and how often to measure. Quick fits in about three minutes on two cores: each benchmark then
 * warms up and measures as its own {@code @Warmup}/{@code @Measurement} annotations say, because Drools needs
 * far more warm-up than plain Java. Full overrides those with one long, uniform schedule and two forks.
 *
 * @param warmup      null: as annotated on each benchmark
 * @param measurement null: as annotated on each benchmark
 */
public record RunSettings(String name, int forks, Iterations warmup, Iterations measurement, int coldLoadRuns,
                          long batchLines, int serviceSeconds, int serviceReloads) {

    /** {@code count} iterations of {@code seconds} each. */
    public record Iterations(int count, int seconds) {
        @Override
        public String toString() {
            return count + " x " + seconds + " s";
        }
    }

    public static final RunSettings QUICK = new RunSettings("quick", 1, null, null, 3, 100_000, 5, 20);
    public static final RunSettings FULL = new RunSettings("full", 2, new Iterations(8, 3), new Iterations(5, 3), 7, 1_000_000, 20, 200);

    public String describe() {
        return String.format("%s: %d fork%s, warmup %s, measurement %s, %d cold starts, a batch of %,d, serve %d s and %d reloads",
                name, forks, forks == 1 ? "" : "s", warmup == null ? "per benchmark (3-16 s)" : warmup,
                measurement == null ? "per benchmark (3-5 x 1 s)" : measurement, coldLoadRuns, batchLines, serviceSeconds, serviceReloads);
    }
}
