// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.afweging.testkit.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chain check on logs sealed record by record, without an engine: each way a record can break the chain is named
 * at that record, and the set of adviezen that besluiten point at holds however long the log grows.
 */
class ChainCheckTest {
    @TempDir
    Path dir;

    private ChainCheck.Result check(AuditChain chain) throws IOException {
        return ChainCheck.run(chain.writeTo(dir.resolve("audit.jsonl")), TestKeys.SCHRIJVER.getPublic(), 0, n -> { }, (n, r) -> { });
    }

    /**
     * 1,100 adviezen make the set of advies keys grow (at 512) past the 1,024 slots it starts with, 1,100 besluiten the
     * set of decided ones: every besluit still finds its advies, and only once. Unsigned, checked without a key:
     * signing is what would take the time.
     */
    @Test
    void aBesluitOnEachOfManyAdviezenIsIntactAndASecondOnTheFirstIsNamed() throws IOException {
        AuditChain chain = new AuditChain();
        List<String> adviezen = new ArrayList<>();
        for (int i = 0; i < 1100; i++) {
            adviezen.add(chain.add(AuditChain.advies(), null));
        }
        adviezen.forEach(h -> chain.add(AuditChain.besluit(h), null));
        List<Long> told = new ArrayList<>();
        List<Long> progress = new ArrayList<>();

        ChainCheck.Result whole = ChainCheck.run(chain.writeTo(dir.resolve("audit.jsonl")), null, 0, progress::add, (n, r) -> told.add(n));

        assertThat(whole.intact()).isEqualTo(2200);
        assertThat(whole.firstBroken()).isZero();
        assertThat(whole.problem()).isNull();
        assertThat(whole.lastHash()).isEqualTo(chain.record(2200).get(AuditRecords.HASH).asText());
        assertThat(whole.unsigned()).isEqualTo(2200);
        assertThat(whole.signaturesChecked()).isFalse();
        assertThat(whole.tornTail()).isFalse();
        assertThat(told).hasSize(2200).startsWith(1L, 2L).endsWith(2200L);
        assertThat(progress).hasSize(2200).endsWith(2200L);

        chain.add(AuditChain.besluit(adviezen.get(0)), null);
        ChainCheck.Result again = ChainCheck.run(chain.writeTo(dir.resolve("audit.jsonl")), null, 0, n -> { }, (n, r) -> { });
        assertThat(again.firstBroken()).isEqualTo(2201);
        assertThat(again.intact()).isEqualTo(2200);
        assertThat(again.problem()).contains("al eerder een besluit").contains(adviezen.get(0));
    }

    @Test
    void aBesluitOnSomethingThatIsNoEarlierAdviesIsNamed() throws IOException {
        for (String target : List.of("sha256:" + "0".repeat(64), "abc", "sha256:" + "z".repeat(64), "")) {
            AuditChain chain = new AuditChain();
            chain.add(AuditChain.advies());
            chain.add(AuditChain.besluit(target));

            ChainCheck.Result result = check(chain);

            assertThat(result.firstBroken()).as(target).isEqualTo(2);
            assertThat(result.problem()).as(target).contains("geen eerder adviesrecord");
        }
        // A besluit on a besluit: the record exists, but it is no advies.
        AuditChain chain = new AuditChain();
        String advies = chain.add(AuditChain.advies());
        String besluit = chain.add(AuditChain.besluit(advies));
        chain.add(AuditChain.besluit(besluit));
        assertThat(check(chain).firstBroken()).isEqualTo(3);
    }

    /** Two hashes that share neither prefix nor key: a besluit on the one is not taken for one on the other. */
    @Test
    void aBesluitIsOnlyOnTheAdviesItNames() throws IOException {
        AuditChain chain = new AuditChain();
        String eerste = chain.add(AuditChain.advies());
        chain.add(AuditChain.advies());
        chain.add(AuditChain.besluit(eerste));
        chain.add(AuditChain.besluit(chain.record(2).get(AuditRecords.HASH).asText()));

        assertThat(check(chain).intact()).isEqualTo(4);
        assertThat(check(chain).firstBroken()).isZero();
    }

    @Test
    void theAnchorIsTheHashAndSignatureOfTheRecordAskedFor() throws IOException {
        AuditChain chain = new AuditChain();
        for (int i = 0; i < 3; i++) {
            chain.add(AuditChain.advies());
        }
        Path file = chain.writeTo(dir.resolve("audit.jsonl"));

        ChainCheck.Result anchored = ChainCheck.run(file, TestKeys.SCHRIJVER.getPublic(), 2, n -> { }, (n, r) -> { });
        ChainCheck.Result none = ChainCheck.run(file, TestKeys.SCHRIJVER.getPublic(), 0, n -> { }, (n, r) -> { });

        assertThat(anchored.anchorHash()).isEqualTo(chain.record(2).get(AuditRecords.HASH).asText());
        assertThat(anchored.anchorSignature()).isEqualTo(chain.record(2).get(AuditRecords.HANDTEKENING).asText());
        assertThat(none.anchorHash()).isNull();
        assertThat(none.anchorSignature()).isNull();
    }

    /** Records from before signatures are counted, and allowed only before the first signed one. */
    @Test
    void unsignedRecordsAreAllowedOnlyBeforeTheFirstSignedOne() throws IOException {
        AuditChain old = new AuditChain();
        old.add(AuditChain.advies(), null);
        old.add(AuditChain.advies(), null);
        old.add(AuditChain.advies());
        ChainCheck.Result result = check(old);
        assertThat(result.intact()).isEqualTo(3);
        assertThat(result.unsigned()).isEqualTo(2);

        old.add(AuditChain.advies(), null);
        ChainCheck.Result after = check(old);
        assertThat(after.firstBroken()).isEqualTo(4);
        assertThat(after.problem()).contains("niet ondertekend");
        assertThat(after.signaturesChecked()).isTrue();
        ChainCheck.Result withoutKey = ChainCheck.run(old.writeTo(dir.resolve("audit.jsonl")), null, 0, n -> { }, (n, r) -> { });
        assertThat(withoutKey.firstBroken()).isEqualTo(4);
        assertThat(withoutKey.signaturesChecked()).isFalse();
    }

    @Test
    void withoutAKeySignaturesAreNotCheckedAndSaidSo() throws IOException {
        AuditChain chain = new AuditChain();
        chain.add(AuditChain.advies(), TestKeys.ANDER);
        Path file = chain.writeTo(dir.resolve("audit.jsonl"));

        ChainCheck.Result unchecked = ChainCheck.run(file, null, 0, n -> { }, (n, r) -> { });
        ChainCheck.Result checked = ChainCheck.run(file, TestKeys.SCHRIJVER.getPublic(), 0, n -> { }, (n, r) -> { });

        assertThat(unchecked.intact()).isEqualTo(1);
        assertThat(unchecked.signaturesChecked()).isFalse();
        assertThat(unchecked.unsigned()).isZero();
        assertThat(checked.firstBroken()).isEqualTo(1);
        assertThat(checked.signaturesChecked()).isTrue();
        assertThat(checked.problem()).contains("andere sleutel")
                .contains(ChainCheck.shortKey(Signing.fingerprint(TestKeys.ANDER.getPublic())));
    }

    @Test
    void aSignatureThatIsNoTextOrNotOverTheHashIsNamed() {
        AuditChain chain = new AuditChain();
        chain.add(AuditChain.advies());
        ObjectNode record = chain.record(1);
        assertThat(ChainCheck.signatureProblem(record, TestKeys.SCHRIJVER.getPublic())).isNull();

        ObjectNode number = record.deepCopy().put(AuditRecords.HANDTEKENING, 7);
        assertThat(ChainCheck.signatureProblem(number, TestKeys.SCHRIJVER.getPublic())).contains("handtekening klopt niet");
        ObjectNode other = record.deepCopy().put(AuditRecords.HASH, "sha256:" + "1".repeat(64));
        assertThat(ChainCheck.signatureProblem(other, TestKeys.SCHRIJVER.getPublic())).contains("handtekening klopt niet");
        ObjectNode withoutKey = record.deepCopy();
        withoutKey.remove(AuditRecords.SLEUTEL);
        assertThat(ChainCheck.signatureProblem(withoutKey, TestKeys.SCHRIJVER.getPublic())).contains("andere sleutel");
    }

    @Test
    void aRecordIsSignedWhenItHasASignatureOrAKey() {
        AuditChain chain = new AuditChain();
        chain.add(AuditChain.advies());
        ObjectNode signed = chain.record(1);
        ObjectNode onlyKey = signed.deepCopy();
        onlyKey.remove(AuditRecords.HANDTEKENING);
        ObjectNode onlySignature = signed.deepCopy();
        onlySignature.remove(AuditRecords.SLEUTEL);
        ObjectNode neither = onlyKey.deepCopy();
        neither.remove(AuditRecords.SLEUTEL);

        assertThat(ChainCheck.isSigned(signed)).isTrue();
        assertThat(ChainCheck.isSigned(onlyKey)).isTrue();
        assertThat(ChainCheck.isSigned(onlySignature)).isTrue();
        assertThat(ChainCheck.isSigned(neither)).isFalse();
    }

    @Test
    void aLinkNeedsTheNextNumberAndThePreviousHash() {
        AuditChain chain = new AuditChain();
        String eerste = chain.add(AuditChain.advies());
        chain.add(AuditChain.advies());

        assertThat(ChainCheck.linkProblem(chain.record(1), 1, null)).isNull();
        assertThat(ChainCheck.linkProblem(chain.record(2), 2, eerste)).isNull();
        assertThat(ChainCheck.linkProblem(chain.record(2), 3, eerste)).contains("volgnummer is 2, verwacht 3");
        assertThat(ChainCheck.linkProblem(chain.record(2), 2, "sha256:" + "1".repeat(64))).contains("vorigeHash past niet bij record 1");
        assertThat(ChainCheck.linkProblem(chain.record(2), 2, null)).contains("vorigeHash past niet");
        assertThat(ChainCheck.linkProblem(chain.record(1), 1, eerste)).contains("vorigeHash past niet");
    }

    /** Each way a line on its own is no record, named in words (and never a record with a problem). */
    @Test
    void eachWayALineIsNoRecordIsNamed() {
        AuditChain chain = new AuditChain();
        chain.add(AuditChain.advies());
        String good = CanonicalJson.write(chain.record(1));
        ObjectNode unknown = chain.record(1).deepCopy().put(AuditRecords.SOORT, "ONBEKEND");
        unknown.put(AuditRecords.HASH, AuditRecords.hashOf(unknown));
        ObjectNode freeText = chain.record(1).deepCopy();
        freeText.putObject("aanvraag").putObject("hulpvraag").put("omschrijving", "geheim");
        freeText.put(AuditRecords.HASH, AuditRecords.hashOf(freeText));

        assertThat(read(good, true).problem()).isNull();
        assertThat(CanonicalJson.write(read(good, true).record())).isEqualTo(good);
        assertThat(read(good, false).problem()).contains("onvolledig");
        assertThat(ChainCheck.read(new AuditLines.Line(1, new byte[] {'{', (byte) 0xC3, '}'}, true)).problem()).contains("UTF-8");
        assertThat(read("{\"a\":1,\"a\":2}", true).problem()).contains("het veld 'a' staat twee keer");
        assertThat(read("{\"a\":", true).problem()).contains("geen geldige JSON");
        assertThat(read("[1]", true).problem()).contains("geen auditrecord");
        assertThat(read("{\"hash\":1}", true).problem()).contains("geen auditrecord");
        assertThat(read(good.replace(",", ", "), true).problem()).contains("canonieke vorm");
        assertThat(read(good.replace("\"ADVIES\"", "\"BESLUIT\""), true).problem()).contains("past niet bij de hash");
        assertThat(read(CanonicalJson.write(freeText), true).problem()).contains("vrije tekst");
        assertThat(read(CanonicalJson.write(unknown), true).problem()).contains("onbekende soort record: \"ONBEKEND\"");
        assertThat(read("{\"a\":", true).record()).isNull();
    }

    @Test
    void aKeyIsShortenedOnlyWhenLongerThanTwentyFourSigns() {
        assertThat(ChainCheck.shortKey("x".repeat(24))).isEqualTo("x".repeat(24));
        assertThat(ChainCheck.shortKey("x".repeat(25))).isEqualTo("x".repeat(24) + "…");
    }

    @Test
    void aTornLastLineIsTheBreakAndSaidToBeTorn() throws IOException {
        AuditChain chain = new AuditChain();
        chain.add(AuditChain.advies());
        Path file = chain.writeTo(dir.resolve("audit.jsonl"));
        Files.writeString(file, "{\"half", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        ChainCheck.Result result = ChainCheck.run(file, TestKeys.SCHRIJVER.getPublic(), 0, n -> { }, (n, r) -> { });

        assertThat(result.intact()).isEqualTo(1);
        assertThat(result.firstBroken()).isEqualTo(2);
        assertThat(result.tornTail()).isTrue();
        assertThat(result.lastHash()).isEqualTo(chain.record(1).get(AuditRecords.HASH).asText());
    }

    private static ChainCheck.Read read(String text, boolean complete) {
        return ChainCheck.read(new AuditLines.Line(1, text.getBytes(StandardCharsets.UTF_8), complete));
    }
}
