// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import java.util.Map;
import nl.afweging.Json;

/**
 * Runs every benchmark in one go: JMH for throughput (each benchmark in its own forked JVM), then cold and
 * warm loading in fresh JVMs. Progress goes to stderr; stdout carries only the result.
 *
 * <pre>
 * ./afweging bench [--full] [--json]        (builds bench/target/afweging-bench.jar on first use)
 * </pre>
 */
public final class BenchMain {
    private static final String USAGE = """
            Usage: ./afweging bench [--full] [--json] [--serve]   (or: java -jar bench/target/afweging-bench.jar ...)
              (default)  quick run, a few minutes on two cores
              --full     longer run: more forks and iterations, more stable figures
              --json     print one JSON object instead of a table
              --serve    only serve: start until ready, POST /api/v1/adviezen at 32 connections, and reloads under load
            """;

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        RunSettings settings = RunSettings.QUICK;
        boolean json = false;
        boolean serveOnly = false;
        for (String arg : args) {
            switch (arg) {
                case "--full" -> settings = RunSettings.FULL;
                case "--json" -> json = true;
                case "--serve" -> serveOnly = true;
                case "--help", "-h" -> {
                    System.out.print(USAGE);
                    return;
                }
                default -> {
                    System.err.print("Unknown option: " + arg + "\n" + USAGE);
                    System.exit(2);
                }
            }
        }
        long start = System.nanoTime();
        System.err.println("afweging benchmark, " + settings.describe());
        if (serveOnly) {
            ServiceFigures serve = LoadMeasurement.serveOnly(settings);
            System.out.println(json ? Json.write(BenchReport.serve(serve)) : BenchReport.serveTable(serve));
            return;
        }
        Map<String, Double> scores = JmhRun.run(settings);
        LoadFigures load = LoadMeasurement.run(settings);
        BenchReport report = new BenchReport(settings, scores, load);
        System.err.printf("Done in %.0f s%n", (System.nanoTime() - start) / 1e9);
        System.out.println(json ? report.json() : report.table());
    }
}
