package nl.afweging.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures loading in fresh JVMs: a cold load is only cold once per process, so each run spawns
 * {@code java -cp <this jar> nl.afweging.bench.ColdLoad} and the medians of several runs are reported.
 */
final class LoadMeasurement {
    private LoadMeasurement() {}

    static LoadFigures run(int runs) throws IOException, InterruptedException {
        List<LoadFigures> figures = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            System.err.printf("Cold load %d of %d (fresh JVM)%n", i, runs);
            figures.add(once());
        }
        return new LoadFigures(
                median(figures.stream().mapToDouble(LoadFigures::coldLoadMs).toArray()),
                median(figures.stream().mapToDouble(LoadFigures::warmLoadMs).toArray()),
                median(figures.stream().mapToDouble(LoadFigures::heapAfterLoadMb).toArray()));
    }

    private static LoadFigures once() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ColdLoad.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IOException("ColdLoad exited with " + exit + ": " + out);
        }
        // ColdLoad prints one JSON object as its last line; anything before it is not ours to parse.
        String[] lines = out.strip().split("\\R");
        JsonNode json = new ObjectMapper().readTree(lines[lines.length - 1]);
        return new LoadFigures(json.get("coldLoadMs").asDouble(), json.get("warmLoadMs").asDouble(),
                json.get("heapAfterLoadMb").asDouble());
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
