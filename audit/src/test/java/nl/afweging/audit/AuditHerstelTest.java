// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.List;
import nl.afweging.AuditLogException;
import nl.afweging.impl.support.Sha256;
import nl.afweging.testkit.TestKeys;
import nl.afweging.testkit.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code audit herstel}: a torn last line goes to a quarantine file, a signed record says so, nothing complete changes. */
class AuditHerstelTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final PublicKey PUBLIEK = TestKeys.SCHRIJVER.getPublic();

    @TempDir
    Path dir;

    private AuditLog log;

    private Path logWith(int records) {
        log = AuditLog.at(dir.resolve("audit.jsonl"), TestKeys.SCHRIJVER);
        for (int n = 1; n <= records; n++) {
            append(n);
        }
        return log.file();
    }

    private AuditLog.Entry append(int n) {
        var aanvraag = AuditLogTest.aanvraag(n);
        return log.append(aanvraag, TestRules.standard().evaluate(aanvraag));
    }

    @Test
    void aTornTailIsQuarantinedRecordedAndThenAppendsWorkAgain() throws Exception {
        Path file = logWith(3);
        byte[] whole = Files.readAllBytes(file);
        byte[] torn = Arrays.copyOf(whole, whole.length - 40);
        Files.write(file, torn);
        int completeEnd = new String(torn, java.nio.charset.StandardCharsets.ISO_8859_1).lastIndexOf('\n') + 1;
        byte[] complete = Arrays.copyOf(torn, completeEnd);
        byte[] tail = Arrays.copyOfRange(torn, completeEnd, torn.length);

        assertThat(Verification.of(file, PUBLIEK).afgebrokenStaart()).isTrue();
        assertThatThrownBy(() -> append(4)).hasMessageContaining("audit herstel");

        AuditLog.Herstel herstel = log.herstel().orElseThrow();

        assertThat(herstel.quarantaine()).isEqualTo(dir.resolve("audit.jsonl.quarantaine-3"));
        assertThat(Files.readAllBytes(herstel.quarantaine())).isEqualTo(tail);
        assertThat(herstel.bytes()).isEqualTo(tail.length);
        assertThat(herstel.record().volgnummer()).isEqualTo(3);
        byte[] after = Files.readAllBytes(file);
        // Every complete record is still there, byte for byte, ahead of the herstel record.
        assertThat(Arrays.copyOf(after, complete.length)).isEqualTo(complete);
        List<String> lines = Files.readAllLines(file);
        JsonNode record = MAPPER.readTree(lines.get(2));
        assertThat(record.get("soort").asText()).isEqualTo("HERSTEL");
        assertThat(record.get("quarantaine").asText()).isEqualTo("audit.jsonl.quarantaine-3");
        assertThat(record.get("bytes").asLong()).isEqualTo(tail.length);
        assertThat(record.get("sha256").asText()).isEqualTo("sha256:" + Sha256.hex(tail));

        assertThat(append(4).volgnummer()).isEqualTo(4);
        Verification v = Verification.of(file, PUBLIEK);
        assertThat(v.isBewezen()).isTrue();
        assertThat(v.intacteRecords()).isEqualTo(4);
        assertThat(Overzicht.of(file, PUBLIEK, n -> { }).herstel()).isEqualTo(1);
        // Nothing more to mend.
        assertThat(log.herstel()).isEmpty();
    }

    @Test
    void anIntactLogHasNothingToMend() throws Exception {
        Path file = logWith(2);
        byte[] before = Files.readAllBytes(file);
        assertThat(log.herstel()).isEmpty();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void herstelNeverMendsAChangedRecordAndChangesNothing() throws Exception {
        Path file = logWith(3);
        String text = Files.readString(file).replaceFirst("\"spoed\":false(?=[^\\n]*\\n$)", "\"spoed\":true");
        byte[] broken = (text + "{\"volg").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(file, broken);

        assertThatThrownBy(() -> log.herstel()).isInstanceOf(AuditLogException.class).hasMessageContaining("het laatste record");
        assertThat(Files.readAllBytes(file)).isEqualTo(broken);
        assertThat(dir.resolve("audit.jsonl.quarantaine-4")).doesNotExist();
    }

    @Test
    void aHerstelCutOffAfterTheQuarantineIsFinishedByTheNextHerstelAndAppendsWaitForIt() throws Exception {
        Path file = logWith(2);
        // As if a herstel wrote the quarantine file and cut the tail, then crashed before its record.
        Path quarantaine = dir.resolve("audit.jsonl.quarantaine-3");
        Files.writeString(quarantaine, "{\"aanvraag\":{");

        assertThatThrownBy(() -> append(3)).hasMessageContaining("quarantainebestand").hasMessageContaining("herstel");
        AuditLog.Herstel herstel = log.herstel().orElseThrow();
        assertThat(herstel.record().volgnummer()).isEqualTo(3);
        assertThat(herstel.bytes()).isEqualTo(13);
        assertThat(append(3).volgnummer()).isEqualTo(4);
        assertThat(Verification.of(file, PUBLIEK).isBewezen()).isTrue();
    }

    @Test
    void aTornFirstRecordIsQuarantinedToo() throws Exception {
        Path file = dir.resolve("audit.jsonl");
        Files.writeString(file, "{\"aanvraag\":{\"id\":");
        log = AuditLog.at(file, TestKeys.SCHRIJVER);

        assertThat(log.herstel().orElseThrow().record().volgnummer()).isEqualTo(1);
        assertThat(dir.resolve("audit.jsonl.quarantaine-1")).hasContent("{\"aanvraag\":{\"id\":");
        assertThat(Verification.of(file, PUBLIEK).isBewezen()).isTrue();
    }
}
