// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every benchmark of this module with JMH and returns the median score (ops/s) per benchmark method, and with
 * JMH's GC profiler the bytes each call allocates ({@link #ALLOCATION} after the benchmark's name).
 */
final class JmhRun {
    private static final String PACKAGE = "nl.afweging.bench.";
    /** The key suffix of a benchmark's allocation per call, in bytes: "AdviceBenchmark.advice" + ALLOCATION. */
    static final String ALLOCATION = ":bytesPerOp";
    private static final String ALLOC_NORM = "gc.alloc.rate.norm";

    private JmhRun() {}

    /** Keys are "Class.method" without the package, e.g. "AdviceBenchmark.advice", and the same plus {@link #ALLOCATION}. */
    static Map<String, Double> run(RunSettings settings) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + PACKAGE.replace(".", "\\.") + ".*Benchmark\\.")
                .forks(settings.forks())
                // Per-thread allocation counters, read before and after each iteration: no effect on the code measured.
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true);
        // Options override the benchmarks' own @Warmup/@Measurement; without them the annotations apply.
        if (settings.warmup() != null) {
            options.warmupIterations(settings.warmup().count()).warmupTime(TimeValue.seconds(settings.warmup().seconds()));
        }
        if (settings.measurement() != null) {
            options.measurementIterations(settings.measurement().count())
                    .measurementTime(TimeValue.seconds(settings.measurement().seconds()));
        }
        // JMH reports progress on the stream it is given; stdout is reserved for the result.
        Runner runner = new Runner(options.build(), OutputFormatFactory.createFormatInstance(System.err, VerboseMode.NORMAL));
        Collection<RunResult> results = runner.run();
        Map<String, Double> medians = new LinkedHashMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark().substring(PACKAGE.length());
            medians.put(name, result.getPrimaryResult().getStatistics().getPercentile(50));
            Result<?> allocation = result.getSecondaryResults().get(ALLOC_NORM);
            if (allocation != null) {
                medians.put(name + ALLOCATION, allocation.getStatistics().getPercentile(50));
            }
        }
        return medians;
    }
}
