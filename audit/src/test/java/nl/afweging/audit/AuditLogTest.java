// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.afweging.AuditLogException;
import nl.afweging.Engine;
import nl.afweging.impl.audit.AuditRecords;
import nl.afweging.impl.audit.CanonicalJson;
import nl.afweging.model.Aanvraag;
import nl.afweging.testkit.TestKeys;
import nl.afweging.testkit.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit log: a hash chain of forced appends that shows every change and never repairs itself. */
class AuditLogTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:30:00Z"), ZoneOffset.UTC);
    private static final String GEHEIM = TestRules.VRIJE_TEKST;

    static final PublicKey PUBLIEK = TestKeys.SCHRIJVER.getPublic();

    @TempDir
    Path dir;

    static Aanvraag aanvraag(int n) {
        return TestRules.numbered(n);
    }

    /** A log of {@code records} advices, appended directly (the engine option is tested once, below). */
    private Path logWith(int records) {
        Path file = dir.resolve("audit.jsonl");
        AuditLog log = AuditLog.at(file, TestKeys.SCHRIJVER, CLOCK);
        for (int n = 1; n <= records; n++) {
            append(log, aanvraag(n));
        }
        return file;
    }

    private static AuditLog.Entry append(AuditLog log, Aanvraag aanvraag) {
        return log.append(aanvraag, TestRules.standard().evaluate(aanvraag));
    }

    @Test
    void everyAdviceIsRecordedWithItsRuleSetAndChained() throws Exception {
        Path file = dir.resolve("audit.jsonl");
        Engine engine = TestRules.standard().withAudit(AuditLog.at(file, TestKeys.SCHRIJVER, CLOCK));
        for (int n = 1; n <= 3; n++) {
            engine.evaluate(aanvraag(n));
        }
        List<String> lines = Files.readAllLines(file);

        assertThat(lines).hasSize(3);
        JsonNode first = MAPPER.readTree(lines.get(0));
        JsonNode second = MAPPER.readTree(lines.get(1));
        assertThat(first.get("volgnummer").asLong()).isEqualTo(1);
        assertThat(first.get("vorigeHash").isNull()).isTrue();
        assertThat(second.get("vorigeHash").asText()).isEqualTo(first.get("hash").asText());
        assertThat(first.get("tijdstip").asText()).isEqualTo("2026-03-01T09:30:00Z");
        assertThat(first.get("aanvraag").get("id").asText()).isEqualTo("audit-1");
        assertThat(first.get("advies").get("aanvraagId").asText()).isEqualTo("audit-1");
        assertThat(first.get("regelset")).isEqualTo(nl.afweging.impl.contract.JsonSupport.valueToTree(TestRules.standard().regelset(java.time.LocalDate.parse(first.path("aanvraag").path("peildatum").asText()), null)));
        assertThat(first.get("engineVersie").asText()).isEqualTo(Engine.versie());
        assertThat(Files.readString(file)).doesNotContain(GEHEIM).doesNotContain("omschrijving");
        assertThat(first.get("soort").asText()).isEqualTo("ADVIES");
        assertThat(first.get("sleutel").asText()).isEqualTo(AuditKeys.fingerprint(TestKeys.SCHRIJVER.getPublic()));
        assertThat(first.get("handtekening").asText()).isNotBlank();
        assertThat(Verification.of(file, PUBLIEK)).satisfies(v -> {
            assertThat(v.isIntact()).isTrue();
            assertThat(v.isBewezen()).isTrue();
            assertThat(v.nietOndertekend()).isZero();
            assertThat(v.intacteRecords()).isEqualTo(3);
            assertThat(v.laatsteHash()).isEqualTo(MAPPER.readTree(lines.get(2)).get("hash").asText());
        });
    }

    @Test
    void eachLineIsCanonicalJsonHashedWithoutItsHashAndSignedOverThatHash() throws Exception {
        Path file = logWith(1);
        String line = Files.readAllLines(file).get(0);
        ObjectNode record = (ObjectNode) CanonicalJson.READER.readTree(line);

        assertThat(CanonicalJson.write(record)).isEqualTo(line);
        String hash = record.remove("hash").asText();
        String handtekening = record.remove("handtekening").asText();
        assertThat(CanonicalJson.sha256(record)).isEqualTo(hash);
        java.security.Signature check = java.security.Signature.getInstance("Ed25519");
        check.initVerify(PUBLIEK);
        check.update(hash.getBytes(StandardCharsets.UTF_8));
        assertThat(check.verify(java.util.Base64.getDecoder().decode(handtekening))).isTrue();
    }

    @Test
    void concurrentCallersInOneProcessNeverInterleaveOrLoseARecord() throws Exception {
        Path file = dir.resolve("audit.jsonl");
        AuditLog a = AuditLog.at(file, TestKeys.SCHRIJVER, CLOCK);
        AuditLog b = AuditLog.at(file, TestKeys.SCHRIJVER);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<AuditLog.Entry>> futures = new ArrayList<>();
        for (int n = 0; n < 200; n++) {
            Aanvraag aanvraag = aanvraag(n);
            AuditLog log = n % 2 == 0 ? a : b;
            futures.add(pool.submit(() -> append(log, aanvraag)));
        }
        List<Long> numbers = new ArrayList<>();
        for (Future<AuditLog.Entry> f : futures) {
            numbers.add(f.get().volgnummer());
        }
        pool.shutdown();

        assertThat(numbers).doesNotHaveDuplicates().hasSize(200).allSatisfy(n -> assertThat(n).isBetween(1L, 200L));

        assertThat(Files.readAllLines(file)).hasSize(200);
        assertThat(Verification.of(file, PUBLIEK).isBewezen()).isTrue();
        assertThat(Verification.of(file, PUBLIEK).intacteRecords()).isEqualTo(200);
    }

    @Test
    void anotherProcessAppendingAtTheSameTimeKeepsTheChainWhole() throws Exception {
        Path file = dir.resolve("audit.jsonl");
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", TestRules.classPath(), AuditAppender.class.getName(), file.toString(), "100")
                .redirectErrorStream(true).start();
        AuditLog log = AuditLog.at(file, TestKeys.SCHRIJVER, CLOCK);
        for (int n = 0; n < 100; n++) {
            append(log, aanvraag(n));
        }
        assertThat(other.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(other.exitValue()).as(output).isZero();

        assertThat(Files.readAllLines(file)).hasSize(200);
        assertThat(Verification.of(file, PUBLIEK).isBewezen()).isTrue();
    }

    @Test
    void oneChangedByteNamesThatRecord() throws Exception {
        Path file = logWith(5);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(2, lines.get(2).replace("\"niveau\":\"", "\"niveau\":\"X"));
        Files.write(file, lines);

        Verification v = Verification.of(file, PUBLIEK);
        assertThat(v.eersteFout()).isEqualTo(3);
        assertThat(v.intacteRecords()).isEqualTo(2);
        assertThat(v.melding()).contains("gewijzigd");
    }

    @Test
    void aChangedRecordWithARecomputedHashBreaksTheLinkToTheNext() throws Exception {
        Path file = logWith(5);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        ObjectNode forged = (ObjectNode) CanonicalJson.READER.readTree(lines.get(2));
        ((ObjectNode) forged.get("advies")).put("niveau", "NORMALISATIE");
        forged.put("hash", AuditRecords.hashOf(forged));
        lines.set(2, CanonicalJson.write(forged));
        Files.write(file, lines);

        Verification v = Verification.of(file);
        assertThat(v.eersteFout()).isEqualTo(4);
        assertThat(v.melding()).contains("vorigeHash past niet bij record 3");
    }

    @Test
    void aRemovedRecordIsNamed() throws Exception {
        Path file = logWith(4);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.remove(1);
        Files.write(file, lines);

        Verification v = Verification.of(file);
        assertThat(v.eersteFout()).isEqualTo(2);
        assertThat(v.melding()).contains("volgnummer is 3, verwacht 2");
    }

    @Test
    void aTornLastLineIsReportedAndNeverWrittenOver() throws Exception {
        Path file = logWith(3);
        byte[] whole = Files.readAllBytes(file);
        byte[] torn = java.util.Arrays.copyOf(whole, whole.length - 40);
        Files.write(file, torn);

        Verification v = Verification.of(file);
        assertThat(v.eersteFout()).isEqualTo(3);
        assertThat(v.intacteRecords()).isEqualTo(2);
        assertThat(v.melding()).contains("onvolledig");

        assertThatThrownBy(() -> append(AuditLog.at(file, TestKeys.SCHRIJVER), aanvraag(9))).isInstanceOf(AuditLogException.class)
                .hasMessageContaining("onvolledig").hasMessageContaining("niets");
        assertThat(Files.readAllBytes(file)).isEqualTo(torn);
    }

    @Test
    void aChangedLastRecordStopsFurtherAppends() throws Exception {
        Path file = logWith(2);
        String text = Files.readString(file);
        // One hex digit of the last record's own hash, changed to another digit whatever it was.
        int at = text.length() - 10;
        char changed = text.charAt(at) == '0' ? '1' : '0';
        Files.writeString(file, text.substring(0, at) + changed + text.substring(at + 1));

        assertThatThrownBy(() -> append(AuditLog.at(file, TestKeys.SCHRIJVER), aanvraag(5))).isInstanceOf(AuditLogException.class)
                .hasMessageContaining("record 2");
    }
}
