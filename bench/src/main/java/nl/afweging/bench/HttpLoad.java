// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A load generator for the service: {@code connections} clients, each posting aanvragen one after the other on its own
 * connection (HTTP/1.1 keep-alive), until {@code duration} has passed or {@code maxRequests} were sent. It refuses
 * any address but this machine's loopback: it is a measuring tool, never a way to flood someone else's service.
 */
final class HttpLoad {
    /** What a run measured: requests answered, those that were not a 200, and latency percentiles in milliseconds. */
    record Result(long requests, long failures, Map<Integer, Long> statuses, double seconds, double p50Ms, double p99Ms, double maxMs) {
        double perSecond() {
            return requests / seconds;
        }
    }

    private HttpLoad() {}

    static Result run(URI endpoint, String key, List<byte[]> bodies, int connections, Duration duration, long maxRequests)
            throws InterruptedException {
        return run(endpoint, key, bodies, connections, duration, maxRequests, new java.util.concurrent.atomic.AtomicBoolean());
    }

    /** As above, and it also stops as soon as {@code stop} is set. */
    static Result run(URI endpoint, String key, List<byte[]> bodies, int connections, Duration duration, long maxRequests,
                      java.util.concurrent.atomic.AtomicBoolean stop) throws InterruptedException {
        requireLoopback(endpoint);
        // One client per connection: each keeps exactly one connection open, as 32 independent callers would.
        HttpClient[] clients = new HttpClient[connections];
        for (int i = 0; i < connections; i++) {
            clients[i] = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        }
        AtomicLong sent = new AtomicLong();
        LongAdder failures = new LongAdder();
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        long[][] latencies = new long[connections][];
        int[] counts = new int[connections];
        long deadline = System.nanoTime() + duration.toNanos();
        CountDownLatch done = new CountDownLatch(connections);
        long start = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                long[] own = new long[1 << 16];
                int n = 0;
                try {
                    while (!stop.get() && System.nanoTime() < deadline && sent.getAndIncrement() < maxRequests) {
                        byte[] body = bodies.get((int) ((n * 31L + client) % bodies.size()));
                        HttpRequest request = HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + key).timeout(Duration.ofSeconds(30))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                        long begin = System.nanoTime();
                        int status;
                        try {
                            HttpResponse<Void> response = clients[client].send(request, HttpResponse.BodyHandlers.discarding());
                            status = response.statusCode();
                        } catch (IOException e) {
                            status = -1;
                        }
                        long took = System.nanoTime() - begin;
                        if (n == own.length) {
                            own = Arrays.copyOf(own, own.length * 2);
                        }
                        own[n++] = took;
                        statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
                        if (status != 200) {
                            failures.increment();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    latencies[client] = own;
                    counts[client] = n;
                    done.countDown();
                }
            }, "last-" + c);
            thread.setDaemon(true);
            thread.start();
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < connections; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        Map<Integer, Long> byStatus = new TreeMap<>();
        statuses.forEach((status, n) -> byStatus.put(status, n.sum()));
        return new Result(total, failures.sum(), byStatus, seconds, percentile(all, 0.50), percentile(all, 0.99),
                total == 0 ? 0 : all[total - 1] / 1e6);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    static void requireLoopback(URI endpoint) {
        try {
            for (InetAddress address : InetAddress.getAllByName(endpoint.getHost())) {
                if (!address.isLoopbackAddress()) {
                    throw new IllegalArgumentException("alleen deze computer (loopback), niet " + endpoint.getHost());
                }
            }
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("onbekend adres: " + endpoint.getHost(), e);
        }
    }
}
