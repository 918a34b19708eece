// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.afweging.audit.AuditKeys;
import nl.afweging.audit.AuditLog;
import nl.afweging.Engine;
import nl.afweging.Json;
import nl.afweging.docs.RuleSetDocs;
import nl.afweging.model.RegelsetInhoud;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API beyond one advice: batches, rule sets and their documentation, decisions in the audit log, metrics. */
class ApiTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path map;

    private static List<Path> fixtures() throws Exception {
        try (Stream<Path> files = Files.list(Http.root().resolve("fixtures"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void aBatchGivesLineNForLineNInOrderAsTheLibraryDoes() throws Exception {
        Engine engine = Engine.builder().build();
        StringBuilder body = new StringBuilder();
        for (Path fixture : fixtures()) {
            body.append(MAPPER.readTree(fixture.toFile()).get("aanvraag").toString()).append('\n');
        }
        body.append("{\"kapot\": true}\n\n");
        List<String> expected = new ArrayList<>();
        engine.evaluateLines(new ByteArrayInputStream(body.toString().getBytes(StandardCharsets.UTF_8)), 1, line -> expected.add(line.json()));

        try (Dienst dienst = Dienst.start(map)) {
            HttpResponse<String> response = dienst.http().post("/api/v1/adviezen/batch", "application/x-ndjson",
                    body.toString().getBytes(StandardCharsets.UTF_8));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/x-ndjson"));
            assertThat(response.body().lines().toList()).hasSize(fixtures().size() + 2).isEqualTo(expected);
            assertThat(expected.get(expected.size() - 1)).startsWith("{\"fouten\"");
            assertThat(dienst.http().post("/api/v1/adviezen/batch", "application/json", new byte[0]).statusCode()).isEqualTo(415);
        }
    }

    @Test
    void aBatchOverTheLineLimitSaysSoOnItsLastLine() throws Exception {
        byte[] aanvraag = Files.readAllBytes(Http.root().resolve("examples/aanvraag-wmo.json"));
        String regel = MAPPER.readTree(aanvraag).toString() + "\n";
        try (Dienst dienst = Dienst.start(map, "\"maxBatchRegels\": 3", b -> b)) {
            HttpResponse<String> response = dienst.http().post("/api/v1/adviezen/batch", "application/x-ndjson",
                    regel.repeat(5).getBytes(StandardCharsets.UTF_8));

            List<String> lines = response.body().lines().toList();
            assertThat(lines).hasSize(4);
            assertThat(lines.subList(0, 3)).allSatisfy(l -> assertThat(l).contains("\"niveau\""));
            JsonNode last = MAPPER.readTree(lines.get(3));
            assertThat(last.get("regel").asInt()).isEqualTo(4);
            assertThat(last.at("/fouten/0/gevonden").asText()).isEqualTo("meer dan 3 regels");

            // Exactly the limit is no excess.
            HttpResponse<String> precies = dienst.http().post("/api/v1/adviezen/batch", "application/x-ndjson",
                    regel.repeat(3).getBytes(StandardCharsets.UTF_8));
            assertThat(precies.body().lines().toList()).hasSize(3).allSatisfy(l -> assertThat(l).contains("\"niveau\""));
        }
    }

    @Test
    void theRegelsetsAreTheEnginesWithTheirPeriodsRulesAndParameters() throws Exception {
        Engine engine = Engine.builder().build();
        try (Dienst dienst = Dienst.start(map)) {
            Http auditor = dienst.als(Rol.AUDITOR);
            JsonNode lijst = MAPPER.readTree(auditor.get("/api/v1/regelsets").body()).get("regelsets");

            List<RegelsetInhoud> inhoud = engine.inhoud();
            assertThat(lijst).hasSize(inhoud.size()).hasSizeGreaterThanOrEqualTo(3);
            for (int i = 0; i < inhoud.size(); i++) {
                RegelsetInhoud set = inhoud.get(i);
                JsonNode kort = lijst.get(i);
                assertThat(kort.get("hash").asText()).isEqualTo(set.regelset().hash());
                assertThat(kort.get("versie").asText()).isEqualTo(set.regelset().versie());
                assertThat(kort.path("geldigTot").asText(null)).isEqualTo(set.geldigTot() == null ? null : set.geldigTot().toString());
                assertThat(kort.path("gemeente").path("code").asText(null)).isEqualTo(set.regelset().gemeente() == null ? null : set.regelset().gemeente().code());

                HttpResponse<String> een = auditor.get("/api/v1/regelsets/" + set.regelset().hash());
                assertThat(een.statusCode()).isEqualTo(200);
                assertThat(een.body()).isEqualTo(Json.write(set));
            }
            // 2026.1 ends the day before 2027.1 starts.
            assertThat(lijst.get(0).get("geldigTot").asText()).isEqualTo("2026-12-31");
            assertThat(MAPPER.readTree(auditor.get("/api/v1/regelsets/" + inhoud.get(0).regelset().hash()).body())
                    .get("parameters").has("meervoudigVanaf")).isTrue();
            HttpResponse<String> onbekend = auditor.get("/api/v1/regelsets/sha256:" + "0".repeat(64));
            assertThat(onbekend.statusCode()).isEqualTo(404);
            assertThat(onbekend.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        }
    }

    @Test
    void theDocumentationPageIsTheDocsOfExactlyThatRuleSet() throws Exception {
        try (Dienst dienst = Dienst.start(map)) {
            Engine engine = Engine.builder().build();
            RegelsetInhoud bladel = engine.inhoud().stream().filter(i -> i.regelset().gemeente() != null).findFirst().orElseThrow();
            HttpResponse<String> page = dienst.als(Rol.AUDITOR).get("/api/v1/regelsets/" + bladel.regelset().hash() + "/documentatie");

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(page.body()).isEqualTo(RuleSetDocs.ofDefault(bladel.regelset().versie(), bladel.regelset().gemeente().code()).html());
        }
    }

    @Test
    void aReloadSwapsOnlyRulesThatLoadAndTheOldKeepServing() throws Exception {
        Path rules = map.resolve("rules");
        copy(Http.root().resolve("rules/2026.1"), rules);
        byte[] aanvraag = Files.readAllBytes(Http.root().resolve("examples/aanvraag-wmo.json"));
        try (Dienst dienst = Dienst.start(map, "", b -> b.rules(rules))) {
            Http beheerder = dienst.als(Rol.BEHEERDER);
            String voor = MAPPER.readTree(dienst.http().postJson(aanvraag).body()).at("/regelset/hash").asText();

            Path parameters = rules.resolve("parameters.drl.csv");
            String tabel = Files.readString(parameters);
            assertThat(tabel).contains("\nmeervoudigVanaf,3,");
            Files.writeString(parameters, tabel.replace("\nmeervoudigVanaf,3,", "\nmeervoudigVanaf,4,"));
            HttpResponse<String> herladen = beheerder.post("/api/v1/regelsets/herladen", "application/json", new byte[0]);
            assertThat(herladen.statusCode()).as(herladen.body()).isEqualTo(200);
            String na = MAPPER.readTree(herladen.body()).at("/huidige/hash").asText();
            assertThat(na).startsWith("sha256:").isNotEqualTo(voor);
            assertThat(MAPPER.readTree(herladen.body()).at("/vorige/hash").asText()).isEqualTo(voor);
            // The one version there is changed: it is the one rule set named as changed.
            assertThat(MAPPER.readTree(herladen.body()).at("/veranderd")).hasSize(1);
            assertThat(MAPPER.readTree(herladen.body()).at("/veranderd/0/hash").asText()).isEqualTo(na);
            assertThat(MAPPER.readTree(dienst.http().postJson(aanvraag).body()).at("/regelset/hash").asText()).isEqualTo(na);

            Files.writeString(rules.resolve("kapot.drl"), "package nl.afweging; rule \"zonder einde\" when then");
            HttpResponse<String> geweigerd = beheerder.post("/api/v1/regelsets/herladen", "application/json", new byte[0]);
            assertThat(geweigerd.statusCode()).isEqualTo(422);
            JsonNode problem = MAPPER.readTree(geweigerd.body());
            assertThat(problem.get("problemen").toString()).contains("kapot.drl");
            assertThat(problem.at("/huidige/hash").asText()).isEqualTo(na);
            assertThat(MAPPER.readTree(dienst.http().postJson(aanvraag).body()).at("/regelset/hash").asText()).isEqualTo(na);

            String metrics = beheerder.get("/metrics").body();
            assertThat(metrics).contains("afweging_herladingen_totaal{uitkomst=\"vervangen\"} 1")
                    .contains("afweging_herladingen_totaal{uitkomst=\"geweigerd\"} 1")
                    .contains("hash=\"" + na + "\"} 1").doesNotContain("hash=\"" + voor + "\"");
        }
    }

    @Test
    void whenAskedTheServiceFollowsTheRulesFolderByItself() throws Exception {
        Path rules = map.resolve("rules");
        copy(Http.root().resolve("rules/2026.1"), rules);
        byte[] aanvraag = Files.readAllBytes(Http.root().resolve("examples/aanvraag-wmo.json"));
        try (Dienst dienst = Dienst.start(map, "", b -> b.rules(rules).volg(java.time.Duration.ofMillis(300)))) {
            String voor = MAPPER.readTree(dienst.http().postJson(aanvraag).body()).at("/regelset/hash").asText();
            Path parameters = rules.resolve("parameters.drl.csv");
            Files.writeString(parameters, Files.readString(parameters).replace("\nmeervoudigVanaf,3,", "\nmeervoudigVanaf,4,"));

            assertThat(ToegangTest.waitFor(() -> !MAPPER.readTree(dienst.http().postJson(aanvraag).body())
                    .at("/regelset/hash").asText().equals(voor))).isTrue();
            assertThat(dienst.als(Rol.BEHEERDER).get("/metrics").body()).contains("afweging_herladingen_totaal{uitkomst=\"vervangen\"} 1");
        }
    }

    @Test
    void withAnAuditLogTheRecordIsOnDiskBeforeTheAnswerAndABesluitRefersToIt() throws Exception {
        Path log = map.resolve("audit.jsonl");
        AuditLog audit = AuditLog.at(log, AuditKeys.generate());
        byte[] aanvraag = Files.readAllBytes(Http.root().resolve("examples/aanvraag-wmo.json"));
        try (Dienst dienst = Dienst.start(map, "", b -> b.audit(audit))) {
            HttpResponse<String> advies = dienst.http().postJson(aanvraag);
            String record = advies.headers().firstValue("Auditrecord").orElseThrow();
            // On disk when the answer arrived: the log's last record is this one.
            assertThat(audit.laatste().hash()).isEqualTo(record);
            String niveau = MAPPER.readTree(advies.body()).get("niveau").asText();

            HttpResponse<String> ongeldig = dienst.http().post("/api/v1/besluiten", "application/json",
                    "{\"advies\": \"x\", \"besluit\": \"HOOG\", \"extra\": 1}".getBytes(StandardCharsets.UTF_8));
            assertThat(ongeldig.statusCode()).isEqualTo(400);
            assertThat(MAPPER.readTree(ongeldig.body()).get("fouten")).hasSize(4);

            HttpResponse<String> besluit = dienst.http().post("/api/v1/besluiten", "application/json",
                    ("{\"advies\": \"" + record + "\", \"besluit\": \"" + niveau + "\", \"reden\": \"ADVIES_GEVOLGD\"}").getBytes(StandardCharsets.UTF_8));
            assertThat(besluit.statusCode()).as(besluit.body()).isEqualTo(201);
            assertThat(MAPPER.readTree(besluit.body()).get("hash").asText()).isEqualTo(audit.laatste().hash());

            HttpResponse<String> tweede = dienst.http().post("/api/v1/besluiten", "application/json",
                    ("{\"advies\": \"" + record + "\", \"besluit\": \"" + niveau + "\", \"reden\": \"ADVIES_GEVOLGD\"}").getBytes(StandardCharsets.UTF_8));
            assertThat(tweede.statusCode()).isEqualTo(422);
            assertThat(Files.readAllLines(log)).hasSize(2).noneMatch(l -> l.contains("omschrijving\":\"") && !l.contains("omschrijving\":null"));
        }
    }

    @Test
    void aBesluitOver4KiBAndABatchWithoutTheAdviseurRoleAreRefusedBeforeAnythingIsRead() throws Exception {
        try (Dienst dienst = Dienst.start(map)) {
            byte[] groot = ("{\"advies\": \"" + "a".repeat(5000) + "\"}").getBytes(StandardCharsets.UTF_8);
            assertThat(dienst.http().post("/api/v1/besluiten", "application/json", groot).statusCode()).isEqualTo(413);
            byte[] regel = Files.readAllBytes(Http.root().resolve("examples/aanvraag-wmo.json"));
            assertThat(dienst.als(Rol.AUDITOR).post("/api/v1/adviezen/batch", "application/x-ndjson", regel).statusCode()).isEqualTo(403);
            assertThat(dienst.als(Rol.BEHEERDER).post("/api/v1/besluiten", "application/json", groot).statusCode()).isEqualTo(403);
        }
    }

    @Test
    void withoutAnAuditLogABesluitHasNowhereToGo() throws Exception {
        try (Dienst dienst = Dienst.start(map)) {
            HttpResponse<String> besluit = dienst.http().post("/api/v1/besluiten", "application/json",
                    ("{\"advies\": \"sha256:" + "a".repeat(64) + "\", \"besluit\": \"LOKAAL_TEAM\", \"reden\": \"ADVIES_GEVOLGD\"}").getBytes(StandardCharsets.UTF_8));
            assertThat(besluit.statusCode()).isEqualTo(409);
        }
    }

    @Test
    void theMetricsCountAdvicesPerNiveauLatencyAndRefusals() throws Exception {
        byte[] aanvraag = Files.readAllBytes(Http.root().resolve("examples/aanvraag-wmo.json"));
        try (Dienst dienst = Dienst.start(map)) {
            String niveau = MAPPER.readTree(dienst.http().postJson(aanvraag).body()).get("niveau").asText();
            dienst.http().postJson(aanvraag);
            dienst.http().postJson("{}".getBytes(StandardCharsets.UTF_8));
            dienst.http().als(null).postJson(aanvraag);

            String metrics = dienst.als(Rol.BEHEERDER).get("/metrics").body();
            assertThat(metrics).contains("afweging_adviezen_totaal{niveau=\"" + niveau + "\"} 2")
                    .contains("afweging_advies_duur_seconden_count 2")
                    .contains("afweging_advies_duur_seconden_bucket{le=\"+Inf\"} 2")
                    .contains("afweging_fouten_totaal{soort=\"ongeldige_aanvraag\"} 1")
                    .contains("afweging_fouten_totaal{soort=\"geen_toegang\"} 1")
                    .contains("afweging_regelset_info{versie=\"2026.1\"");
        }
    }

    static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
