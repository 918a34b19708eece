// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import nl.afweging.AuditLogException;
import nl.afweging.impl.audit.AuditRecords;
import nl.afweging.impl.audit.CanonicalJson;
import nl.afweging.audit.testkit.AuditForgery;
import nl.afweging.testkit.TestKeys;
import nl.afweging.testkit.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The probes of issue 10 against the audit trail, each done as someone who can write the log file would: every one
 * verified as intact before records were signed; each must now be named by {@code verify} with the writer's public key.
 */
class AuditTamperingTest {
    private static final PublicKey PUBLIEK = TestKeys.SCHRIJVER.getPublic();

    @TempDir
    Path dir;

    private Path logWith(int records) {
        Path file = dir.resolve("audit.jsonl");
        AuditLog log = AuditLog.at(file, TestKeys.SCHRIJVER);
        for (int n = 1; n <= records; n++) {
            var aanvraag = AuditLogTest.aanvraag(n);
            log.append(aanvraag, TestRules.standard().evaluate(aanvraag));
        }
        return file;
    }

    @Test
    void aForgedRecordReChainedWithTheOldSignaturesIsNamed() {
        Path file = logWith(5);
        AuditForgery.of(file).change(3, r -> ((ObjectNode) r.get("advies")).put("niveau", "NORMALISATIE"))
                .reChain(3, AuditForgery.Signatures.KEEP).writeTo(file);

        // The hash chain alone is whole again: that is what the forger achieved before signatures.
        assertThat(Verification.of(file).isIntact()).isTrue();
        assertThat(Verification.of(file).isBewezen()).isFalse();

        Verification v = Verification.of(file, PUBLIEK);
        assertThat(v.eersteFout()).isEqualTo(3);
        assertThat(v.intacteRecords()).isEqualTo(2);
        assertThat(v.melding()).contains("handtekening klopt niet");
    }

    @Test
    void aForgedRecordReSignedWithAnotherKeyIsNamed() {
        Path file = logWith(5);
        AuditForgery.of(file).change(2, r -> ((ObjectNode) r.get("advies")).put("spoed", true))
                .reChain(2, TestKeys.ANDER).writeTo(file);

        Verification v = Verification.of(file, PUBLIEK);
        assertThat(v.eersteFout()).isEqualTo(2);
        assertThat(v.melding()).contains("andere sleutel");
        // And the whole log signed with the other key: still not the writer's.
        AuditForgery.of(file).reChain(1, TestKeys.ANDER).writeTo(file);
        assertThat(Verification.of(file, PUBLIEK).eersteFout()).isEqualTo(1);
    }

    @Test
    void aDeletedRecordWithTheRestRenumberedAndReChainedIsNamed() {
        Path file = logWith(5);
        AuditForgery.of(file).remove(2).reChain(2, AuditForgery.Signatures.KEEP).writeTo(file);

        Verification v = Verification.of(file, PUBLIEK);
        assertThat(v.eersteFout()).isEqualTo(2);
        assertThat(v.melding()).contains("handtekening klopt niet");
    }

    @Test
    void signaturesStrippedFromTheRecordsAfterAForgeryAreNamed() {
        Path file = logWith(5);
        AuditForgery.of(file).change(4, r -> ((ObjectNode) r.get("advies")).put("niveau", "NORMALISATIE"))
                .reChain(4, AuditForgery.Signatures.STRIP).writeTo(file);

        Verification v = Verification.of(file, PUBLIEK);
        assertThat(v.eersteFout()).isEqualTo(4);
        assertThat(v.melding()).contains("niet ondertekend, terwijl eerdere records dat wel zijn");
    }

    @Test
    void aWholeLogRewrittenWithoutSignaturesIsIntactButNotProven() {
        Path file = logWith(3);
        AuditForgery.of(file).change(2, r -> ((ObjectNode) r.get("advies")).put("niveau", "NORMALISATIE"))
                .reChain(1, AuditForgery.Signatures.STRIP).writeTo(file);

        Verification v = Verification.of(file, PUBLIEK);
        assertThat(v.isIntact()).isTrue();
        assertThat(v.nietOndertekend()).isEqualTo(3);
        assertThat(v.isBewezen()).isFalse();
    }

    @Test
    void aCutTailIsFoundWithTheAnchor() {
        Path file = logWith(5);
        Anker anker = Anker.of(file, PUBLIEK);
        assertThat(anker.volgnummer()).isEqualTo(5);
        assertThat(Anker.parse(anker.toJson())).isEqualTo(anker);

        AuditForgery.of(file).cut(3).writeTo(file);

        // Without the anchor a cut tail is a shorter, intact log; with it, it is named.
        assertThat(Verification.of(file, PUBLIEK).isBewezen()).isTrue();
        Verification v = Verification.of(file, PUBLIEK, anker, n -> { });
        assertThat(v.isIntact()).isFalse();
        assertThat(v.eersteFout()).isEqualTo(4);
        assertThat(v.melding()).contains("ingekort").contains("record 5");
    }

    @Test
    void aLogThatGrewAfterItsAnchorVerifiesAndOneCutAndRegrownDoesNot() {
        Path file = logWith(3);
        Anker anker = Anker.of(file, PUBLIEK);
        var aanvraag = AuditLogTest.aanvraag(9);
        AuditLog.at(file, TestKeys.SCHRIJVER).append(aanvraag, TestRules.standard().evaluate(aanvraag));
        assertThat(Verification.of(file, PUBLIEK, anker, n -> { }).isBewezen()).isTrue();

        // Cut to 2 and written on by the writer's own program: as long as before, but record 3 is another one.
        AuditForgery.of(file).cut(2).writeTo(file);
        AuditLog.at(file, TestKeys.SCHRIJVER).append(aanvraag, TestRules.standard().evaluate(aanvraag));
        Verification v = Verification.of(file, PUBLIEK, anker, n -> { });
        assertThat(v.eersteFout()).isEqualTo(3);
        assertThat(v.melding()).contains("niet het record van het anker");
    }

    @Test
    void aBrokenLogGetsNoAnchor() throws Exception {
        Path file = logWith(2);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(1, lines.get(1).replace("\"spoed\":false", "\"spoed\":true"));
        Files.write(file, lines);

        assertThatThrownBy(() -> Anker.of(file, PUBLIEK)).isInstanceOf(AuditLogException.class).hasMessageContaining("record 2");
        Files.write(file, new byte[0]);
        assertThatThrownBy(() -> Anker.of(file, PUBLIEK)).hasMessageContaining("leeg");
    }

    @Test
    void aDuplicateKeyIsRefusedThoughTheHashOverTheLastValueWouldMatch() throws Exception {
        Path file = logWith(2);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        ObjectNode record = (ObjectNode) CanonicalJson.READER.readTree(lines.get(1));
        String niveau = record.get("advies").get("niveau").asText();
        String original = "\"niveau\":\"" + niveau + "\",\"regels\"";
        assertThat(lines.get(1)).contains(original);
        // The probe: a reader that keeps the last value reads the recorded level, a reader that keeps the first
        // reads another one.
        lines.set(1, lines.get(1).replace(original, "\"niveau\":\"SPECIALISTISCH_MAATWERK\"," + original));
        Files.write(file, lines);

        Verification v = Verification.of(file, PUBLIEK);
        assertThat(v.eersteFout()).isEqualTo(2);
        assertThat(v.melding()).contains("'niveau' staat twee keer");
        assertThatThrownBy(() -> AuditLog.at(file, TestKeys.SCHRIJVER).append(AuditLogTest.aanvraag(3),
                TestRules.standard().evaluate(AuditLogTest.aanvraag(3)))).hasMessageContaining("twee keer");
    }

    @Test
    void bytesThatAreNotTheCanonicalFormAreRefusedThoughTheyMeanTheSame() throws Exception {
        Path file = logWith(3);
        List<String> canonical = Files.readAllLines(file);
        for (String variant : List.of(
                canonical.get(1).replace("\"spoed\":false", "\"spoed\": false"),            // whitespace
                canonical.get(1).replace("\"spoed\":false", "\"sp\\u006fed\":false"),        // an escape for a plain letter
                canonical.get(1).replaceFirst("^\\{", "{ "))) {
            List<String> lines = new ArrayList<>(canonical);
            lines.set(1, variant);
            Files.write(file, lines);
            Verification v = Verification.of(file, PUBLIEK);
            assertThat(v.eersteFout()).as(variant).isEqualTo(2);
            assertThat(v.melding()).contains("niet in canonieke vorm");
        }
        // Bytes that are not UTF-8 at all.
        byte[] bytes = Files.readAllBytes(file);
        List<String> lines = new ArrayList<>(canonical);
        Files.write(file, lines);
        bytes = Files.readAllBytes(file);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("audit-2");
        bytes[at] = (byte) 0xC3;
        Files.write(file, bytes);
        assertThat(Verification.of(file, PUBLIEK).melding()).contains("UTF-8");
    }

    @Test
    void appendingToALogBrokenInTheMiddleLeavesTheBreakInPlainSight() throws Exception {
        Path file = logWith(4);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(1, lines.get(1).replace("\"spoed\":false", "\"spoed\":true"));
        Files.write(file, lines);

        // An append checks the last record (its hash and signature), not the whole log: that is verify's work.
        var aanvraag = AuditLogTest.aanvraag(9);
        AuditLog.at(file, TestKeys.SCHRIJVER).append(aanvraag, TestRules.standard().evaluate(aanvraag));

        Verification v = Verification.of(file, PUBLIEK);
        assertThat(v.eersteFout()).isEqualTo(2);
        assertThat(Files.readAllLines(file)).hasSize(5);
    }

    @Test
    void aLastRecordForgedOrSignedWithAnotherKeyStopsAppends() throws Exception {
        Path file = logWith(3);
        AuditForgery.of(file).change(3, r -> ((ObjectNode) r.get("advies")).put("spoed", true))
                .reChain(3, TestKeys.ANDER).writeTo(file);
        byte[] before = Files.readAllBytes(file);
        var aanvraag = AuditLogTest.aanvraag(9);
        // A fresh writer (another process, say): it checks the tail's signature.
        assertThatThrownBy(() -> AuditLog.at(file, TestKeys.SCHRIJVER).append(aanvraag, TestRules.standard().evaluate(aanvraag)))
                .isInstanceOf(AuditLogException.class).hasMessageContaining("andere sleutel");
        AuditForgery.of(file).reChain(3, AuditForgery.Signatures.KEEP).writeTo(file);
        assertThatThrownBy(() -> AuditLog.at(file, TestKeys.SCHRIJVER).append(aanvraag, TestRules.standard().evaluate(aanvraag)))
                .isInstanceOf(AuditLogException.class).hasMessageContaining("record 3");
        assertThat(Files.readAllBytes(file)).hasSize(before.length);
    }

    @Test
    void anOldUnsignedLogIsReportedAsNotSignedAndASignedAppendVouchesForIt() {
        Path file = logWith(3);
        AuditForgery.of(file).asOldUnsignedLog().writeTo(file);

        Verification old = Verification.of(file, PUBLIEK);
        assertThat(old.isIntact()).isTrue();
        assertThat(old.nietOndertekend()).isEqualTo(3);
        assertThat(old.isBewezen()).isFalse();

        var aanvraag = AuditLogTest.aanvraag(9);
        AuditLog.at(file, TestKeys.SCHRIJVER).append(aanvraag, TestRules.standard().evaluate(aanvraag));
        Verification now = Verification.of(file, PUBLIEK);
        assertThat(now.isBewezen()).isTrue();
        assertThat(now.intacteRecords()).isEqualTo(4);
        assertThat(now.nietOndertekend()).isEqualTo(3);
    }

    @Test
    void aRecordOfAnUnknownKindIsNamed() {
        Path file = logWith(2);
        AuditForgery.of(file).change(2, r -> r.put("soort", "VERWIJDERD")).reChain(2, TestKeys.SCHRIJVER).writeTo(file);
        assertThat(Verification.of(file, PUBLIEK).melding()).contains("onbekende soort");
    }

    @Test
    void freeTextSmuggledIntoARecordIsNamedEvenWhenSigned() {
        Path file = logWith(2);
        AuditForgery.of(file).change(2, r -> ((ObjectNode) r.get("aanvraag").get("hulpvraag")).put("omschrijving", "geheim"))
                .reChain(2, TestKeys.SCHRIJVER).writeTo(file);
        assertThat(Verification.of(file, PUBLIEK).melding()).contains("vrije tekst");
        assertThat(AuditRecords.HASH).isEqualTo("hash");
    }
}
