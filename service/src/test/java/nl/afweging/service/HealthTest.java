package nl.afweging.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;
import nl.afweging.Engine;
import org.junit.jupiter.api.Test;

/** Live at once; ready, and advising, only once the engine is loaded. */
class HealthTest {

    @Test
    void liveAtOnceReadyOnlyOnceTheEngineIsLoaded() throws Exception {
        CompletableFuture<Engine> loading = new CompletableFuture<>();
        try (Service service = Service.start(loading, 0)) {
            Http http = new Http(service.port());
            byte[] aanvraag = Files.readAllBytes(Http.root().resolve("examples/aanvraag-wmo.json"));

            assertJson(http.get("/health/live"), 200, "{\"status\":\"LEVEND\"}");
            assertJson(http.get("/health/ready"), 503, "{\"status\":\"NIET_GEREED\"}");
            HttpResponse<String> tooSoon = http.postJson(aanvraag);
            assertThat(tooSoon.statusCode()).isEqualTo(503);
            assertThat(tooSoon.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(tooSoon.headers().firstValue("API-Version")).hasValue("1.0.0");

            loading.complete(Engine.builder().build());

            assertJson(http.get("/health/live"), 200, "{\"status\":\"LEVEND\"}");
            assertJson(http.get("/health/ready"), 200, "{\"status\":\"GEREED\"}");
            assertThat(http.postJson(aanvraag).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void neverReadyWhenLoadingFails() throws Exception {
        try (Service service = Service.start(CompletableFuture.failedFuture(new IllegalStateException("kapot")), 0)) {
            Http http = new Http(service.port());

            assertJson(http.get("/health/live"), 200, "{\"status\":\"LEVEND\"}");
            assertJson(http.get("/health/ready"), 503, "{\"status\":\"NIET_GEREED\"}");
        }
    }

    @Test
    void aPortInUseIsRefusedByName() throws Exception {
        try (Service first = Service.start(new CompletableFuture<>(), 0)) {
            assertThatThrownBy(() -> Service.start(new CompletableFuture<>(), first.port()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Poort " + first.port());
        }
    }

    @Test
    void aStoppedServiceNoLongerAnswers() throws Exception {
        Service service = Service.start(new CompletableFuture<>(), 0);
        Http http = new Http(service.port());
        assertThat(http.get("/health/live").statusCode()).isEqualTo(200);

        service.stop();

        assertThatThrownBy(() -> http.get("/health/live")).isInstanceOf(IOException.class);
    }

    private static void assertJson(HttpResponse<String> response, int status, String body) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.headers().firstValue("API-Version")).hasValue("1.0.0");
        assertThat(response.body()).isEqualTo(body);
    }
}
