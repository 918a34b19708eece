// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import nl.afweging.impl.contract.JsonSupport;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import nl.afweging.model.Aanvraag;
import nl.afweging.audit.BesluitReden;
import nl.afweging.model.Huisgenoot;
import nl.afweging.model.HulpvraagSoort;
import nl.afweging.model.Leefgebied;
import nl.afweging.model.Relatie;
import nl.afweging.model.Wet;
import nl.afweging.model.Niveau;
import nl.afweging.testkit.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The records and the end of an open log, read backwards in chunks of 64 KiB. */
class AuditRecordsTest {
    private static final int CHUNK = 1 << 16;

    @TempDir
    Path dir;

    private AuditRecords.Tail tail(String text) throws IOException {
        Path file = Files.writeString(dir.resolve("audit.jsonl"), text, StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(file)) {
            return AuditRecords.tail(channel);
        }
    }

    private byte[] torn(String text) throws IOException {
        Path file = Files.writeString(dir.resolve("audit.jsonl"), text, StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(file)) {
            return AuditRecords.tornBytes(channel, AuditRecords.tail(channel));
        }
    }

    @Test
    void theTailIsTheLastCompleteLineWhereItEndsAndTheSize() throws IOException {
        AuditRecords.Tail tail = tail("een\ntwee\n");

        assertThat(new String(tail.lastLine(), StandardCharsets.UTF_8)).isEqualTo("twee");
        assertThat(tail.completeEnd()).isEqualTo(9);
        assertThat(tail.size()).isEqualTo(9);
        assertThat(tail.isTorn()).isFalse();
        assertThat(new String(tail("een\n").lastLine(), StandardCharsets.UTF_8)).isEqualTo("een");
    }

    /** A newline as the file's first byte (the first of its chunk) ends an empty line: it is found. */
    @Test
    void aNewlineAtTheStartOfTheFileIsFound() throws IOException {
        AuditRecords.Tail tail = tail("\nabc");

        assertThat(tail.lastLine()).isEmpty();
        assertThat(tail.completeEnd()).isEqualTo(1);
        assertThat(tail.isTorn()).isTrue();
        assertThat(torn("\nabc")).asString(StandardCharsets.UTF_8).isEqualTo("abc");
    }

    /** The aanvraag as read, without its free text and without a field it did not have, so it is an aanvraag itself. */
    @Test
    void anAdviesRecordHoldsTheAanvraagWithoutFreeTextOrNulls() {
        Aanvraag aanvraag = Aanvraag.builder("A-7", LocalDate.of(2026, 3, 1), Wet.WMO, 44).soort(HulpvraagSoort.FINANCIEN)
                .omschrijving("geheim verhaal").zrm(Leefgebied.FINANCIEN, 2)
                .huisgenoot(new Huisgenoot(Relatie.values()[0], 12, true, false, false)).build();

        JsonNode tree = AuditRecords.pseudonymised(aanvraag);

        assertThat(tree.get("id").asText()).isEqualTo("A-7");
        assertThat(tree.get("hulpvraag").has("omschrijving")).isFalse();
        assertThat(tree.get("hulpvraag").get("soorten").toString()).contains("FINANCIEN");
        assertThat(tree.get("huisgenoten")).hasSize(1);
        assertThat(nulls(tree)).as("fields without a value").isZero();
    }

    private static int nulls(JsonNode node) {
        int found = node.isNull() ? 1 : 0;
        for (JsonNode child : node) {
            found += nulls(child);
        }
        return found;
    }

    @Test
    void aLogWithoutANewlineHasNoLastLineAndIsAllTorn() throws IOException {
        AuditRecords.Tail empty = tail("");
        AuditRecords.Tail half = tail("{\"half");

        assertThat(empty.lastLine()).isNull();
        assertThat(empty.isTorn()).isFalse();
        assertThat(half.lastLine()).isNull();
        assertThat(half.completeEnd()).isZero();
        assertThat(half.size()).isEqualTo(6);
        assertThat(half.isTorn()).isTrue();
        assertThat(torn("{\"half")).asString(StandardCharsets.UTF_8).isEqualTo("{\"half");
    }

    /** The last newline a chunk or more before the end, and a last line longer than a chunk: found whole. */
    @Test
    void linesAndTornTailsLongerThanAChunkAreReadWhole() throws IOException {
        String lang = "x".repeat(CHUNK * 2 + 5);
        String tornTail = "y".repeat(CHUNK + 7);

        AuditRecords.Tail tail = tail("een\n" + lang + "\n" + tornTail);

        assertThat(new String(tail.lastLine(), StandardCharsets.UTF_8)).isEqualTo(lang);
        assertThat(tail.completeEnd()).isEqualTo(4 + lang.length() + 1);
        assertThat(tail.size()).isEqualTo(4 + lang.length() + 1 + tornTail.length());
        assertThat(tail.isTorn()).isTrue();
        assertThat(torn("een\n" + lang + "\n" + tornTail)).asString(StandardCharsets.UTF_8).isEqualTo(tornTail);
        assertThat(torn("een\n")).isEmpty();
        assertThat(new String(tail(lang + "\n").lastLine(), StandardCharsets.UTF_8)).isEqualTo(lang);
    }

    @Test
    void theKindOfARecordIsItsSoortAndAdviesWithoutOne() {
        assertThat(AuditRecords.soort(JsonSupport.createObjectNode())).isEqualTo(AuditRecords.Soort.ADVIES);
        assertThat(AuditRecords.soort(JsonSupport.createObjectNode().put("soort", "BESLUIT"))).isEqualTo(AuditRecords.Soort.BESLUIT);
        assertThat(AuditRecords.soort(JsonSupport.createObjectNode().put("soort", "HERSTEL"))).isEqualTo(AuditRecords.Soort.HERSTEL);
        assertThat(AuditRecords.soort(JsonSupport.createObjectNode().put("soort", "besluit"))).isNull();
        ObjectNode array = JsonSupport.createObjectNode();
        array.putArray("soort").add("ADVIES");
        assertThat(AuditRecords.soort(array)).isNull();
    }

    @Test
    void aSealedRecordIsNumberedTimedLinkedHashedAndSigned() {
        ObjectNode record = AuditRecords.seal(AuditRecords.herstel("audit.jsonl.kapot", 12, "sha256:ab", "1.0"), 7,
                Instant.parse("2026-03-01T10:15:30.123456789Z"), "sha256:vorige", TestKeys.SCHRIJVER);

        assertThat(record.get("soort").asText()).isEqualTo("HERSTEL");
        assertThat(record.get("quarantaine").asText()).isEqualTo("audit.jsonl.kapot");
        assertThat(record.get("bytes").asLong()).isEqualTo(12);
        assertThat(record.get("sha256").asText()).isEqualTo("sha256:ab");
        assertThat(record.get("engineVersie").asText()).isEqualTo("1.0");
        assertThat(record.get("volgnummer").asLong()).isEqualTo(7);
        assertThat(record.get("tijdstip").asText()).isEqualTo("2026-03-01T10:15:30.123Z");
        assertThat(record.get("vorigeHash").asText()).isEqualTo("sha256:vorige");
        assertThat(record.get(AuditRecords.SLEUTEL).asText()).isEqualTo(Signing.fingerprint(TestKeys.SCHRIJVER.getPublic()));
        assertThat(record.get(AuditRecords.HASH).asText()).isEqualTo(AuditRecords.hashOf(record));
        assertThat(Signing.verify(TestKeys.SCHRIJVER.getPublic(), record.get(AuditRecords.HASH).asText(),
                record.get(AuditRecords.HANDTEKENING).asText())).isTrue();
    }

    /** The hash covers everything but itself and the signature: changing those leaves it, changing anything else not. */
    @Test
    void theHashLeavesOutOnlyItselfAndTheSignature() {
        ObjectNode record = AuditRecords.seal(AuditChain.advies(), 1, Instant.EPOCH, null, TestKeys.SCHRIJVER);
        String hash = AuditRecords.hashOf(record);

        assertThat(AuditRecords.hashOf(record.deepCopy().put(AuditRecords.HASH, "x").put(AuditRecords.HANDTEKENING, "y"))).isEqualTo(hash);
        assertThat(AuditRecords.hashOf(record.deepCopy().put(AuditRecords.SLEUTEL, "ed25519:ander"))).isNotEqualTo(hash);
        assertThat(AuditRecords.hashOf(record.deepCopy().put("volgnummer", 2))).isNotEqualTo(hash);
        assertThat(record.has(AuditRecords.HASH)).as("hashOf leaves the record itself as it was").isTrue();
    }

    @Test
    void aBesluitNamesItsAdviesRecordAndWhetherItFollowedIt() {
        ObjectNode advies = AuditChain.advies();
        advies.putObject("advies").put("niveau", "LOKAAL_TEAM").putArray("regels").addObject().put("id", "R1");
        ((ObjectNode) advies.get("advies")).withArray("regels").addObject().put("id", "R2");
        advies.putObject("aanvraag").put("id", "A-1");
        advies = AuditRecords.seal(advies, 3, Instant.EPOCH, null, TestKeys.SCHRIJVER);

        ObjectNode gevolgd = AuditRecords.besluit(advies, Niveau.LOKAAL_TEAM, BesluitReden.values()[0], "1.0");
        ObjectNode anders = AuditRecords.besluit(advies, Niveau.NORMALISATIE, BesluitReden.values()[0], "1.0");

        assertThat(gevolgd.get("soort").asText()).isEqualTo("BESLUIT");
        assertThat(gevolgd.get("adviesHash").asText()).isEqualTo(advies.get(AuditRecords.HASH).asText());
        assertThat(gevolgd.get("adviesVolgnummer").asLong()).isEqualTo(3);
        assertThat(gevolgd.get("aanvraagId").asText()).isEqualTo("A-1");
        assertThat(gevolgd.get("geadviseerdNiveau").asText()).isEqualTo("LOKAAL_TEAM");
        assertThat(gevolgd.get("regels").toString()).isEqualTo("[\"R1\",\"R2\"]");
        assertThat(gevolgd.get("besluit").asText()).isEqualTo("LOKAAL_TEAM");
        assertThat(gevolgd.get("gevolgd").asBoolean()).isTrue();
        assertThat(gevolgd.get("reden").asText()).isEqualTo(BesluitReden.values()[0].name());
        assertThat(gevolgd.get("engineVersie").asText()).isEqualTo("1.0");
        assertThat(anders.get("gevolgd").asBoolean()).isFalse();
        assertThat(anders.get("besluit").asText()).isEqualTo("NORMALISATIE");
    }
}
