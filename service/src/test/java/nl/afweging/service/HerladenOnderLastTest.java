// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import nl.afweging.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200 reloads while advice is asked without pause: no request fails, and every advice is exactly the one of the rule
 * set it names (the two alternating versions differ in a parameter), so no advice ever mixes two rule sets.
 */
class HerladenOnderLastTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int RELOADS = 200;

    @TempDir
    Path map;

    @Test
    void twoHundredReloadsUnderLoadFailNoRequestAndMixNoRuleSets() throws Exception {
        Path rules = map.resolve("rules");
        ApiTest.copy(Http.root().resolve("rules/2026.1"), rules);
        Path parameters = rules.resolve("parameters.drl.csv");
        String a = Files.readString(parameters);
        assertThat(a).contains("\nmeervoudigVanaf,3,");
        String b = a.replace("\nmeervoudigVanaf,3,", "\nmeervoudigVanaf,2,");

        List<String> aanvragen = new ArrayList<>();
        try (Stream<Path> fixtures = Files.list(Http.root().resolve("fixtures"))) {
            for (Path fixture : fixtures.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                var aanvraag = MAPPER.readTree(fixture.toFile()).get("aanvraag");
                // 2026.1 alone runs from 2026-01-01 on: only aanvragen it covers.
                if (aanvraag.get("peildatum").asText().startsWith("2026") && !aanvraag.has("gemeente")) {
                    aanvragen.add(aanvraag.toString());
                }
            }
        }
        assertThat(aanvragen).hasSizeGreaterThan(20);
        // What each version advises on each aanvraag, by the hash an advies names.
        Map<String, List<String>> verwacht = new ConcurrentHashMap<>();
        for (String inhoud : List.of(b, a)) {
            Files.writeString(parameters, inhoud);
            Engine engine = Engine.builder().rules(rules).build();
            verwacht.put(engine.regelset().hash(), aanvragen.stream().map(engine::evaluateToJson).toList());
        }
        assertThat(verwacht).hasSize(2);
        // The two versions advise differently somewhere: a mixed-up advice would show.
        List<List<String>> beide = new ArrayList<>(verwacht.values());
        assertThat(beide.get(0)).isNotEqualTo(beide.get(1));

        try (Dienst dienst = Dienst.start(map, "\"verzoekenPerSeconde\": 1000000, \"piek\": 1000000", builder -> builder.rules(rules))) {
            AtomicBoolean klaar = new AtomicBoolean();
            AtomicLong verzoeken = new AtomicLong();
            List<String> fouten = new CopyOnWriteArrayList<>();
            Set<String> gezien = ConcurrentHashMap.newKeySet();
            List<Thread> last = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int start = t;
                Thread thread = new Thread(() -> {
                    Http http = dienst.http();
                    for (int i = start; !klaar.get(); i++) {
                        int n = i % aanvragen.size();
                        try {
                            HttpResponse<String> response = http.postJson(aanvragen.get(n).getBytes(StandardCharsets.UTF_8));
                            verzoeken.incrementAndGet();
                            if (response.statusCode() != 200) {
                                fouten.add(response.statusCode() + " " + response.body());
                                continue;
                            }
                            String hash = MAPPER.readTree(response.body()).at("/regelset/hash").asText();
                            gezien.add(hash);
                            List<String> advies = verwacht.get(hash);
                            if (advies == null || !advies.get(n).equals(response.body())) {
                                fouten.add("aanvraag " + n + " onder " + hash + " is niet het advies van die regelset");
                            }
                        } catch (Exception e) {
                            fouten.add(e.toString());
                        }
                    }
                });
                thread.start();
                last.add(thread);
            }
            Http beheerder = dienst.als(Rol.BEHEERDER);
            int vervangen = 0;
            for (int i = 0; i < RELOADS; i++) {
                Files.writeString(parameters, i % 2 == 0 ? b : a);
                HttpResponse<String> herladen = beheerder.post("/api/v1/regelsets/herladen", "application/json", new byte[0]);
                if (herladen.statusCode() == 200 && MAPPER.readTree(herladen.body()).get("vervangen").asBoolean()) {
                    vervangen++;
                }
            }
            klaar.set(true);
            for (Thread thread : last) {
                thread.join();
            }

            assertThat(vervangen).isEqualTo(RELOADS);
            assertThat(fouten).isEmpty();
            assertThat(verzoeken.get()).isGreaterThan(RELOADS);
            assertThat(gezien).isEqualTo(verwacht.keySet());
            assertThat(dienst.als(Rol.BEHEERDER).get("/metrics").body())
                    .contains("afweging_herladingen_totaal{uitkomst=\"vervangen\"} " + RELOADS);
        }
    }
}
