// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * No anonymous access but health; a missing or unknown key is 401, a key without the route's role 403, too many
 * requests 429; keys are rotated by editing the file, without a restart. Every refusal is problem+json, and no key,
 * body or free text ever reaches a log line.
 */
class ToegangTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path map;

    private static byte[] voorbeeld() throws Exception {
        return Files.readAllBytes(Http.root().resolve("examples/aanvraag-wmo.json"));
    }

    @Test
    void withoutAKeyEveryRouteButHealthIs401() throws Exception {
        try (Dienst dienst = Dienst.start(map)) {
            Http anoniem = dienst.http().als(null);
            for (String path : List.of("/api/v1/regelsets", "/api/v1/openapi.json", "/metrics")) {
                assertRefused(anoniem.get(path), 401, "Geen sleutel meegestuurd");
            }
            HttpResponse<String> advies = anoniem.postJson(voorbeeld());
            assertRefused(advies, 401, "Geen sleutel meegestuurd");
            assertThat(advies.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"afweging\"");
            assertRefused(anoniem.post("/api/v1/regelsets/herladen", "application/json", new byte[0]), 401, "Geen sleutel");
            assertThat(anoniem.get("/health/live").statusCode()).isEqualTo(200);
            assertThat(anoniem.get("/health/ready").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aWrongKeyOrAnotherSchemeIs401() throws Exception {
        try (Dienst dienst = Dienst.start(map)) {
            Http http = dienst.http();
            assertRefused(http.als(ApiSleutels.nieuweSleutel()).postJson(voorbeeld()), 401, "onbekend of ingetrokken");
            // The hash from the configuration is not a key: whoever reads the file cannot call the service with it.
            assertRefused(http.als(ApiSleutels.hash(dienst.sleutel(Rol.ADVISEUR))).postJson(voorbeeld()), 401, "onbekend");
            assertRefused(http.als(dienst.sleutel(Rol.ADVISEUR) + "x").postJson(voorbeeld()), 401, "onbekend");
            var basic = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + http.port() + "/api/v1/regelsets"))
                    .header("Authorization", "Basic " + dienst.sleutel(Rol.AUDITOR)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertRefused(basic, 401, "Geen sleutel meegestuurd");
            assertThat(http.postJson(voorbeeld()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aKeyWithoutTheRoutesRoleIs403() throws Exception {
        try (Dienst dienst = Dienst.start(map)) {
            assertRefused(dienst.als(Rol.AUDITOR).postJson(voorbeeld()), 403, "hiervoor is nodig: adviseur");
            assertRefused(dienst.als(Rol.BEHEERDER).postJson(voorbeeld()), 403, "adviseur");
            assertRefused(dienst.als(Rol.ADVISEUR).post("/api/v1/regelsets/herladen", "application/json", new byte[0]), 403, "beheerder");
            assertRefused(dienst.als(Rol.AUDITOR).get("/metrics"), 403, "beheerder");
            assertRefused(dienst.als(Rol.BEHEERDER).get("/api/v1/regelsets"), 403, "adviseur of auditor");

            assertThat(dienst.als(Rol.AUDITOR).get("/api/v1/regelsets").statusCode()).isEqualTo(200);
            assertThat(dienst.als(Rol.BEHEERDER).get("/metrics").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aKeyOverItsRateGets429WithRetryAfterAndOtherKeysAreNotHeldUp() throws Exception {
        try (Dienst dienst = Dienst.start(map, "\"verzoekenPerSeconde\": 1, \"piek\": 3", b -> b)) {
            Http auditor = dienst.als(Rol.AUDITOR);
            List<Integer> statussen = new ArrayList<>();
            HttpResponse<String> laatste = null;
            for (int i = 0; i < 6; i++) {
                laatste = auditor.get("/api/v1/regelsets");
                statussen.add(laatste.statusCode());
            }
            // A burst of 3 passes, then the bucket is empty (one more may have dripped in meanwhile).
            assertThat(statussen.subList(0, 3)).containsOnly(200);
            assertThat(statussen).contains(429);
            HttpResponse<String> teVeel = laatste.statusCode() == 429 ? laatste : null;
            assertThat(teVeel).isNotNull();
            assertRefused(teVeel, 429, "1 verzoeken per seconde");
            assertThat(teVeel.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(dienst.http().postJson(voorbeeld()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aKeyIsAddedAndWithdrawnByEditingTheFileWithoutARestart() throws Exception {
        try (Dienst dienst = Dienst.start(map)) {
            String nieuw = ApiSleutels.nieuweSleutel();
            Http metNieuw = dienst.http().als(nieuw);
            assertThat(metNieuw.postJson(voorbeeld()).statusCode()).isEqualTo(401);

            // The adviseur's key is replaced: the old one withdrawn, a new one added.
            String zonderOud = Files.readString(dienst.config).replace(ApiSleutels.hash(dienst.sleutel(Rol.ADVISEUR)), ApiSleutels.hash(nieuw));
            Files.writeString(dienst.config, zonderOud);

            assertThat(waitFor(() -> metNieuw.postJson(voorbeeld()).statusCode() == 200)).isTrue();
            assertThat(dienst.http().postJson(voorbeeld()).statusCode()).isEqualTo(401);

            // A broken file is not used: the keys in force stay.
            Files.writeString(dienst.config, "{\"sleutels\": []}");
            Thread.sleep(2500);
            assertThat(metNieuw.postJson(voorbeeld()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void noKeyBodyOrFreeTextReachesALogLine() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.classic.Level was = root.getLevel();
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        root.addAppender(lines);
        root.setLevel(ch.qos.logback.classic.Level.ALL);
        // As the command line's logging has it (cli's Logging, tried by its LoggingTest): Jetty logs request headers at
        // DEBUG, so it is held at WARN there.
        assertThat(Files.readString(Http.root().resolve("cli/src/main/java/nl/afweging/cli/Logging.java")))
                .contains("\"org.eclipse.jetty\", Level.WARN");
        Logger jetty = (Logger) LoggerFactory.getLogger("org.eclipse.jetty");
        jetty.setLevel(ch.qos.logback.classic.Level.WARN);
        try (Dienst dienst = Dienst.start(map)) {
            String geheim = "GEHEIME-OMSCHRIJVING-" + System.nanoTime();
            JsonNode aanvraag = MAPPER.readTree(voorbeeld());
            ((com.fasterxml.jackson.databind.node.ObjectNode) aanvraag.get("hulpvraag")).put("omschrijving", geheim);
            byte[] body = MAPPER.writeValueAsBytes(aanvraag);
            assertThat(dienst.http().postJson(body).statusCode()).isEqualTo(200);
            // Invalid, refused, too large, batch: none of them logs what was sent.
            dienst.http().postJson((new String(body, StandardCharsets.UTF_8) + "{").getBytes(StandardCharsets.UTF_8));
            dienst.als(Rol.AUDITOR).postJson(body);
            dienst.http().post("/api/v1/adviezen/batch", "application/x-ndjson", body);
            Files.writeString(dienst.config, "{\"sleutels\": [], \"x\": \"" + geheim + "\"}");
            Thread.sleep(1500);

            List<String> logged = lines.list.stream().map(e -> e.getFormattedMessage()
                    + (e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage())).toList();
            assertThat(logged).isNotEmpty();
            for (String line : logged) {
                assertThat(line).doesNotContain(geheim, dienst.sleutel(Rol.ADVISEUR), dienst.sleutel(Rol.AUDITOR), "omschrijving");
            }
        } finally {
            root.detachAppender(lines);
            root.setLevel(was);
            jetty.setLevel(null);
        }
    }

    @Test
    void withoutAConfigurationOneKeyPerRoleIsPrintedOnceInTheAgreedForm() throws Exception {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        try (Service service = Service.builder().port(0).meldingen(new java.io.PrintStream(err, true, StandardCharsets.UTF_8)).start()) {
            service.loaded().toCompletableFuture().join();
            String printed = err.toString(StandardCharsets.UTF_8);
            List<String> regels = printed.lines().toList();
            assertThat(regels).hasSize(3);
            assertThat(regels.get(0)).matches("sleutel adviseur: afw_[A-Za-z0-9_-]{43}");
            assertThat(regels.get(1)).matches("sleutel beheerder: afw_[A-Za-z0-9_-]{43}");
            assertThat(regels.get(2)).matches("sleutel auditor: afw_[A-Za-z0-9_-]{43}");
            Http http = new Http(service.port(), regels.get(0).substring("sleutel adviseur: ".length()));
            assertThat(http.postJson(voorbeeld()).statusCode()).isEqualTo(200);
            assertThat(http.als(regels.get(2).substring("sleutel auditor: ".length())).postJson(voorbeeld()).statusCode()).isEqualTo(403);
            // Printed once: advising does not print them again.
            assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(printed);
        }
    }

    @Test
    void corsIsOffByDefault() throws Exception {
        try (Dienst dienst = Dienst.start(map)) {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + dienst.service.port() + "/api/v1/regelsets"))
                    .header("Origin", "https://elders.example").header("Authorization", "Bearer " + dienst.sleutel(Rol.AUDITOR)).GET().build();
            HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    @Test
    void corsAllowsOnlyTheConfiguredOrigins() throws Exception {
        try (Dienst dienst = Dienst.start(map, "", b -> b, "\"cors\": [\"https://proef.gemeente.nl\"]")) {
            for (String origin : new String[] {"https://proef.gemeente.nl", "https://elders.example"}) {
                var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + dienst.service.port() + "/api/v1/regelsets"))
                        .header("Origin", origin).header("Authorization", "Bearer " + dienst.sleutel(Rol.AUDITOR)).GET().build();
                HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

                assertThat(response.headers().firstValue("Access-Control-Allow-Origin"))
                        .isEqualTo(origin.contains("gemeente") ? java.util.Optional.of(origin) : java.util.Optional.empty());
            }
        }
    }

    private static void assertRefused(HttpResponse<String> response, int status, String detail) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("API-Version")).hasValue("1.0.0");
        JsonNode problem = MAPPER.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).contains(detail);
    }

    interface Check {
        boolean ok() throws Exception;
    }

    static boolean waitFor(Check check) throws Exception {
        for (int i = 0; i < 100; i++) {
            if (check.ok()) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }
}
