// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A load generator for the service: {@code connections} clients, each posting aanvragen one after the other on its own
 * HTTP/1.1 keep-alive connection, until {@code duration} has passed, {@code maxRequests} were sent, or {@code stop} is
 * set. It speaks just enough HTTP/1.1 itself (a request with Content-Length; a response with Content-Length or chunked):
 * java.net.http's client spends so much of two shared cores on its own threads that it measured the client more than
 * the service (1,400 a second against 4,000 to 8,000 with this one). It refuses any address but this machine's
 * loopback: a measuring tool, never a way to flood someone else's service.
 */
final class HttpLoad {
    /** What a run measured: requests answered, those that were not a 200, and latency percentiles in milliseconds. */
    record Result(long requests, long failures, Map<Integer, Long> statuses, double seconds, double p50Ms, double p99Ms, double maxMs) {
        double perSecond() {
            return requests / seconds;
        }
    }

    /** A status for a request that got no answer (the connection failed); it counts as a failure. */
    static final int GEEN_ANTWOORD = -1;

    private HttpLoad() {}

    static Result run(URI endpoint, String key, List<byte[]> bodies, int connections, Duration duration, long maxRequests)
            throws InterruptedException {
        return run(endpoint, key, bodies, connections, duration, maxRequests, new AtomicBoolean());
    }

    /** As above, and it also stops as soon as {@code stop} is set. */
    static Result run(URI endpoint, String key, List<byte[]> bodies, int connections, Duration duration, long maxRequests,
                      AtomicBoolean stop) throws InterruptedException {
        requireLoopback(endpoint);
        byte[][] requests = bodies.stream().map(body -> request(endpoint, key, body)).toArray(byte[][]::new);
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
                Connection connection = null;
                try {
                    while (!stop.get() && System.nanoTime() < deadline && sent.getAndIncrement() < maxRequests) {
                        byte[] request = requests[(int) ((n * 31L + client) % requests.length)];
                        long begin = System.nanoTime();
                        int status;
                        try {
                            if (connection == null) {
                                connection = new Connection(endpoint);
                            }
                            status = connection.send(request);
                        } catch (IOException e) {
                            status = GEEN_ANTWOORD;
                            connection = Connection.close(connection);
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
                } finally {
                    Connection.close(connection);
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

    private static byte[] request(URI endpoint, String key, byte[] body) {
        byte[] head = ("POST " + endpoint.getRawPath() + " HTTP/1.1\r\nHost: " + endpoint.getHost() + ":" + endpoint.getPort()
                + "\r\nContent-Type: application/json\r\nAuthorization: Bearer " + key + "\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] request = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        return request;
    }

    /** One keep-alive connection: a request out, its whole response read (and dropped), its status returned. */
    private static final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;

        Connection(URI endpoint) throws IOException {
            socket = new Socket(endpoint.getHost(), endpoint.getPort());
            socket.setTcpNoDelay(true);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
        }

        int send(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String statusLine = line(in);
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
                throw new IOException("geen HTTP-antwoord: " + statusLine);
            }
            long length = -1;
            boolean chunked = false;
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line(in).split(";", 2)[0].strip(), 16); size > 0;
                     size = Long.parseLong(line(in).split(";", 2)[0].strip(), 16)) {
                    skip(size);
                    line(in);
                }
                while (!line(in).isEmpty()) {
                    // Trailers, if any, end with an empty line.
                }
            } else if (length > 0) {
                skip(length);
            }
            return Integer.parseInt(parts[1]);
        }

        private void skip(long bytes) throws IOException {
            long left = bytes;
            while (left > 0) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new EOFException();
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        private static String line(InputStream in) throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("verbinding gesloten");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        static Connection close(Connection connection) {
            if (connection != null) {
                try {
                    connection.socket.close();
                } catch (IOException ignored) {
                    // Closing a failed connection: nothing to do.
                }
            }
            return null;
        }
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
