// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.afweging.service.Service;

/**
 * {@code ./afweging serve} under load: the service in a JVM of its own, as the command line starts it (compiled rules
 * from the cache), and {@link HttpLoad} in this one, both on this machine. Measures how long serve takes to be ready,
 * throughput and latency of {@code POST /api/v1/adviezen} at {@link #CONNECTIONS} connections, and then the same load
 * while the rules are reloaded again and again: every request must still get its advice.
 */
final class ServiceLoad {
    static final int CONNECTIONS = 32;
    private static final Pattern LUISTERT = Pattern.compile("luistert op http://localhost:(\\d+)");

    private ServiceLoad() {}

    /** {@code archive}: the flags that use the AppCDS archive, as ./afweging starts serve (none: without one). */
    static ServiceFigures run(RunSettings settings, Path work, Path cache, List<String> archive) throws IOException, InterruptedException {
        String adviseur = Service.nieuweSleutel();
        String beheerder = Service.nieuweSleutel();
        Path config = Files.writeString(work.resolve("dienst.json"), """
                {"sleutels": [
                  {"naam": "last", "rollen": ["adviseur"], "hash": "%s"},
                  {"naam": "beheer", "rollen": ["beheerder"], "hash": "%s"}],
                 "limieten": {"verzoekenPerSeconde": 1000000, "piek": 1000000}}
                """.formatted(Service.sleutelHash(adviseur), Service.sleutelHash(beheerder)));
        List<String> command = new ArrayList<>(archive);
        command.addAll(List.of("-Dafweging.cache=" + cache, "nl.afweging.cli.Main", "serve", "--port", "0", "--config", config.toString()));
        ProcessBuilder serve = LoadMeasurement.java(command);
        long start = System.nanoTime();
        Process process = serve.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            int port = awaitListening(process);
            double readyMs = (System.nanoTime() - start) / 1e6;
            URI adviezen = URI.create("http://localhost:" + port + "/api/v1/adviezen");
            List<byte[]> bodies = Arrays.stream(BenchData.json(BenchData.aanvragen())).map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();

            System.err.printf("serve: warming up %d s at %d connections%n", settings.serviceSeconds(), CONNECTIONS);
            HttpLoad.run(adviezen, adviseur, bodies, CONNECTIONS, Duration.ofSeconds(settings.serviceSeconds()), Long.MAX_VALUE);
            System.err.printf("serve: measuring %d s at %d connections%n", settings.serviceSeconds(), CONNECTIONS);
            HttpLoad.Result load = HttpLoad.run(adviezen, adviseur, bodies, CONNECTIONS, Duration.ofSeconds(settings.serviceSeconds()), Long.MAX_VALUE);

            int reloads = settings.serviceReloads();
            System.err.printf("serve: %d reloads under the same load%n", reloads);
            AtomicBoolean stop = new AtomicBoolean();
            CompletableFuture<HttpLoad.Result> during = CompletableFuture.supplyAsync(() -> {
                try {
                    return HttpLoad.run(adviezen, adviseur, bodies, CONNECTIONS, Duration.ofHours(1), Long.MAX_VALUE, stop);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            int replaced;
            try {
                replaced = reload(port, beheerder, reloads);
            } finally {
                stop.set(true);
            }
            HttpLoad.Result underReload = during.join();
            return new ServiceFigures(readyMs, CONNECTIONS, load, reloads, replaced, underReload);
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** Reloads {@code times} times, one after the other; returns how many replaced the rules. */
    private static int reload(int port, String beheerder, int times) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/regelsets/herladen"))
                .header("Authorization", "Bearer " + beheerder).POST(HttpRequest.BodyPublishers.noBody()).build();
        int replaced = 0;
        for (int i = 0; i < times; i++) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                replaced++;
            }
        }
        return replaced;
    }

    private static int awaitListening(Process process) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        for (String line = err.readLine(); line != null; line = err.readLine()) {
            Matcher m = LUISTERT.matcher(line);
            if (m.find()) {
                // Keep draining stderr, so the service never blocks on a full pipe.
                Thread drain = new Thread(() -> {
                    try {
                        err.lines().forEach(l -> { });
                    } catch (java.io.UncheckedIOException closed) {
                        // The service was stopped: nothing more to read.
                    }
                }, "serve-stderr");
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new IOException("serve stopped before it listened (exit " + process.exitValue() + ")");
    }
}
