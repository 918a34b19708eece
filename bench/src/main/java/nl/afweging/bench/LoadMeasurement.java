// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import nl.afweging.Json;
import nl.afweging.model.Aanvraag;

/**
 * Measures starting up in fresh JVMs, because a cold start is only cold once per process: each run spawns
 * {@code java -cp <this jar> ...} ({@link ColdLoad}, or the command line's own main class) and the median of
 * several runs is reported. Every run gets its own temporary cache folder, so nothing outside is touched.
 */
final class LoadMeasurement {
    static final int BATCH_HEAP_MB = 256;
    private static final String CLI = "nl.afweging.cli.Main";
    /** The flags ./afweging gives a short command (decide on one file, validate, docs) besides the archive: C1 only. */
    static final List<String> SHORT_COMMAND = List.of("-XX:TieredStopAtLevel=1");

    private LoadMeasurement() {}

    static LoadFigures run(RunSettings settings) throws IOException, InterruptedException {
        int runs = settings.coldLoadRuns();
        Path work = Files.createTempDirectory("afweging-bench-");
        try {
            List<JsonNode> classic = new ArrayList<>();
            for (int i = 1; i <= runs; i++) {
                System.err.printf("Cold load %d of %d (fresh JVM, compiled)%n", i, runs);
                classic.add(coldLoad());
            }
            Path cache = Files.createDirectories(work.resolve("cache"));
            System.err.println("Cold load into an empty cache (fresh JVM, executable model)");
            double miss = coldLoad(cache.toString()).get("coldLoadMs").asDouble();
            double[] cached = new double[runs];
            for (int i = 0; i < runs; i++) {
                System.err.printf("Cold load %d of %d from the cache (fresh JVM)%n", i + 1, runs);
                cached[i] = coldLoad(cache.toString()).get("coldLoadMs").asDouble();
            }
            Aanvraag[] aanvragen = BenchData.aanvragen();
            Path aanvraag = Files.writeString(work.resolve("aanvraag.json"), Json.write(aanvragen[0]));
            double[] decide = new double[runs];
            for (int i = 0; i < runs; i++) {
                System.err.printf("decide %d of %d (fresh JVM, cached rules)%n", i + 1, runs);
                decide[i] = timed(List.of("-Dafweging.cache=" + cache, CLI, "decide", aanvraag.toString()));
            }
            // Issue 15: decide as ./afweging starts it once its AppCDS archive is made: C1 only, with the archive.
            List<String> warmCommand = new ArrayList<>(SHORT_COMMAND);
            warmCommand.addAll(archive(work, cache, aanvraag));
            warmCommand.addAll(List.of("-Dafweging.cache=" + cache, CLI, "decide", aanvraag.toString()));
            System.err.println("decide, warm-up (fresh JVM as ./afweging starts it: cached rules, AppCDS archive)");
            timed(warmCommand);
            double[] warm = new double[runs];
            for (int i = 0; i < runs; i++) {
                System.err.printf("decide %d of %d (fresh JVM as ./afweging starts it: cached rules, AppCDS archive)%n", i + 1, runs);
                warm[i] = timed(warmCommand);
            }
            Path batch = writeBatch(work.resolve("batch.jsonl"), aanvragen, settings.batchLines());
            System.err.printf("decide --jsonl, %,d aanvragen, -Xmx%dm (fresh JVM)%n", settings.batchLines(), BATCH_HEAP_MB);
            int threads = Runtime.getRuntime().availableProcessors();
            double batchMs = timed(List.of("-Xmx" + BATCH_HEAP_MB + "m", "-Dafweging.cache=" + cache, CLI, "decide",
                    "--jsonl", batch.toString()));
            // Issue 12: a generated population (genereer, seed 7) through 2026.1 and 2027.1 of the built-in rules.
            Path population = work.resolve("populatie.jsonl");
            timed(List.of(CLI, "genereer", "--aantal", Long.toString(settings.batchLines()), "--zaad", "7", "--out", population.toString()));
            System.err.printf("simulate, %,d aanvragen, 2026.1 against 2027.1, -Xmx%dm (fresh JVM)%n", settings.batchLines(), BATCH_HEAP_MB);
            // With the parallel collector, as ./afweging starts simulate.
            double simulateMs = timed(List.of("-Xmx" + BATCH_HEAP_MB + "m", "-XX:+UseParallelGC", "-Dafweging.cache=" + cache, CLI, "simulate",
                    "--basis", "@2026.1", "--kandidaat", "@2027.1", "--json", population.toString()));
            System.err.println("serve: start, load and reloads (fresh JVM, cached rules)");
            ServiceFigures service = ServiceLoad.run(settings, work, cache, archive(work, cache, aanvraag));
            return new LoadFigures(
                    median(classic.stream().mapToDouble(j -> j.get("coldLoadMs").asDouble()).toArray()),
                    median(classic.stream().mapToDouble(j -> j.get("warmLoadMs").asDouble()).toArray()),
                    median(classic.stream().mapToDouble(j -> j.get("heapAfterLoadMb").asDouble()).toArray()),
                    miss, median(cached), median(decide), median(warm),
                    new LoadFigures.Batch(settings.batchLines(), BATCH_HEAP_MB, threads, batchMs / 1000),
                    new LoadFigures.Batch(settings.batchLines(), BATCH_HEAP_MB, threads, simulateMs / 1000), service);
        } finally {
            delete(work);
        }
    }

    /** Only the service's figures, with a cache filled by one load first. */
    static ServiceFigures serveOnly(RunSettings settings) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("afweging-bench-");
        try {
            Path cache = Files.createDirectories(work.resolve("cache"));
            coldLoad(cache.toString());
            Path aanvraag = Files.writeString(work.resolve("aanvraag.json"), Json.write(BenchData.aanvragen()[0]));
            return ServiceLoad.run(settings, work, cache, archive(work, cache, aanvraag));
        } finally {
            delete(work);
        }
    }

    /**
     * The flags that use the dynamic AppCDS archive of this class path, as ./afweging makes it for its jar: from one
     * decide from the cache with {@code -XX:ArchiveClassesAtExit} (made once in {@code work}). None when no archive
     * could be made (a class path with folders, as under Maven, cannot be archived): then the figures are without one.
     */
    static List<String> archive(Path work, Path cache, Path aanvraag) throws IOException, InterruptedException {
        Path jsa = work.resolve("cli.jsa");
        if (!Files.isRegularFile(jsa)) {
            System.err.println("AppCDS archive: one decide with -XX:ArchiveClassesAtExit (fresh JVM)");
            // Into another name first: half an archive, from a run that failed, can crash the JVM that maps it. After
            // a decide that fills the cache, as ./afweging does: java 17 can crash writing it after compiling rules.
            Path made = work.resolve("cli.jsa.nieuw");
            try {
                timed(List.of("-Dafweging.cache=" + cache, CLI, "decide", aanvraag.toString()));
                timed(List.of("-XX:ArchiveClassesAtExit=" + made, "-Xlog:cds*=off", "-XX:ErrorFile=" + work.resolve("hs_err.log"),
                        "-Dafweging.cache=" + cache, CLI, "decide", aanvraag.toString()));
                Files.move(made, jsa);
            } catch (IOException failed) {
                System.err.println("AppCDS archive: " + failed.getMessage());
            }
        }
        if (!Files.isRegularFile(jsa)) {
            System.err.println("AppCDS archive: none made, so the figures that would use it are without it");
            return List.of();
        }
        return List.of("-Xshare:auto", "-XX:SharedArchiveFile=" + jsa, "-Xlog:cds*=off");
    }

    private static JsonNode coldLoad(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ColdLoad.class.getName()));
        command.addAll(List.of(args));
        Process process = java(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IOException("ColdLoad exited with " + exit + ": " + out);
        }
        // ColdLoad prints one JSON object as its last line; anything before it is not ours to parse.
        String[] lines = out.strip().split("\\R");
        return new ObjectMapper().readTree(lines[lines.length - 1]);
    }

    /** Wall-clock milliseconds from starting the JVM to its exit; its output is discarded, its exit must be 0. */
    private static double timed(List<String> args) throws IOException, InterruptedException {
        ProcessBuilder builder = java(args).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        long start = System.nanoTime();
        int exit = builder.start().waitFor();
        double ms = (System.nanoTime() - start) / 1e6;
        if (exit != 0) {
            throw new IOException(String.join(" ", args) + " exited with " + exit);
        }
        return ms;
    }

    static ProcessBuilder java(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Only -D and -X options before the class path's main class; the rest are the program's arguments.
        int main = 0;
        while (main < args.size() && args.get(main).startsWith("-")) {
            command.add(args.get(main++));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        command.addAll(args.subList(main, args.size()));
        return new ProcessBuilder(command);
    }

    private static Path writeBatch(Path file, Aanvraag[] aanvragen, long lines) throws IOException {
        String[] json = BenchData.json(aanvragen);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long i = 0; i < lines; i++) {
                out.write(json[(int) (i % json.length)]);
                out.newLine();
            }
        }
        return file;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
