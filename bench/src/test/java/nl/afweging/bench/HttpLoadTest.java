// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The load generator counts what it sends and what fails, stops at its bound, and never leaves this machine. */
class HttpLoadTest {

    @Test
    void itSendsExactlyTheCountAndCountsEveryNon200AsAFailure() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger seen = new AtomicInteger();
        server.createContext("/api/v1/adviezen", exchange -> {
            int n = seen.incrementAndGet();
            boolean key = ("Bearer sleutel").equals(exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.getRequestBody().readAllBytes();
            // Every fifth request fails, to see that failures are counted.
            exchange.sendResponseHeaders(key && n % 5 != 0 ? 200 : 500, -1);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
        try {
            URI uri = URI.create("http://localhost:" + server.getAddress().getPort() + "/api/v1/adviezen");
            HttpLoad.Result result = HttpLoad.run(uri, "sleutel", List.of("{}".getBytes(StandardCharsets.UTF_8)), 4,
                    Duration.ofMinutes(1), 100);

            assertThat(result.requests()).isEqualTo(100);
            assertThat(seen.get()).isEqualTo(100);
            assertThat(result.failures()).isEqualTo(20);
            assertThat(result.statuses()).containsEntry(200, 80L).containsEntry(500, 20L);
            assertThat(result.p50Ms()).isPositive().isLessThanOrEqualTo(result.p99Ms());
            assertThat(result.p99Ms()).isLessThanOrEqualTo(result.maxMs());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anAddressOffThisMachineIsRefused() {
        assertThatThrownBy(() -> HttpLoad.run(URI.create("http://192.0.2.1:8080/api/v1/adviezen"), "k",
                List.of(new byte[0]), 1, Duration.ofSeconds(1), 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("loopback");
    }
}
