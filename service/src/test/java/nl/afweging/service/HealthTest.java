// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.afweging.Engine;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Live at once; ready, and advising, only once the engine is loaded. Health needs no key; the rest does. */
class HealthTest {
    private static final Pattern ADVISEUR = Pattern.compile("^sleutel adviseur: (\\S+)$", Pattern.MULTILINE);

    @Test
    void liveAtOnceReadyOnlyOnceTheEngineIsLoaded() throws Exception {
        CompletableFuture<Engine.Builder> loading = new CompletableFuture<>();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Service service = Service.builder().port(0).meldingen(new PrintStream(err, true, StandardCharsets.UTF_8))
                .laden(loading::join).start()) {
            Matcher sleutel = ADVISEUR.matcher(err.toString(StandardCharsets.UTF_8));
            assertThat(sleutel.find()).as(err.toString(StandardCharsets.UTF_8)).isTrue();
            Http anoniem = new Http(service.port(), null);
            Http http = anoniem.als(sleutel.group(1));
            byte[] aanvraag = Files.readAllBytes(Http.root().resolve("examples/aanvraag-wmo.json"));

            assertJson(anoniem.get("/health/live"), 200, "{\"status\":\"LEVEND\"}");
            assertJson(anoniem.get("/health/ready"), 503, "{\"status\":\"NIET_GEREED\"}");
            HttpResponse<String> tooSoon = http.postJson(aanvraag);
            assertThat(tooSoon.statusCode()).isEqualTo(503);
            assertThat(tooSoon.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(tooSoon.headers().firstValue("API-Version")).hasValue("1.0.0");
            assertThat(service.loaded().toCompletableFuture().isDone()).isFalse();

            loading.complete(Engine.builder());
            service.loaded().toCompletableFuture().join();

            assertJson(anoniem.get("/health/live"), 200, "{\"status\":\"LEVEND\"}");
            assertJson(anoniem.get("/health/ready"), 200, "{\"status\":\"GEREED\"}");
            assertThat(http.postJson(aanvraag).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void neverReadyWhenLoadingFails() throws Exception {
        try (Service service = quiet().laden(() -> Engine.builder().rules(Path.of("bestaat-niet"))).start()) {
            Http http = new Http(service.port(), null);
            assertThatThrownBy(() -> service.loaded().toCompletableFuture().join()).isInstanceOf(CompletionException.class)
                    .cause().hasMessageContaining("bestaat-niet");

            assertJson(http.get("/health/live"), 200, "{\"status\":\"LEVEND\"}");
            assertJson(http.get("/health/ready"), 503, "{\"status\":\"NIET_GEREED\"}");
        }
    }

    @Test
    void aPortInUseIsRefusedByName() throws Exception {
        try (Service first = quiet().laden(() -> new CompletableFuture<Engine.Builder>().join()).start()) {
            assertThatThrownBy(() -> quiet().port(first.port()).start())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Poort " + first.port());
        }
    }

    @Test
    void aStoppedServiceNoLongerAnswers() throws Exception {
        Service service = quiet().laden(() -> new CompletableFuture<Engine.Builder>().join()).start();
        Http http = new Http(service.port(), null);
        assertThat(http.get("/health/live").statusCode()).isEqualTo(200);

        service.stop();

        assertThatThrownBy(() -> http.get("/health/live")).isInstanceOf(IOException.class);
    }

    /** Generated keys printed nowhere: these tests need none. */
    private static Service.Builder quiet() {
        return Service.builder().port(0).meldingen(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    private static void assertJson(HttpResponse<String> response, int status, String body) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.headers().firstValue("API-Version")).hasValue("1.0.0");
        assertThat(response.body()).isEqualTo(body);
    }
}
