// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.afweging.audit.AuditKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code decide --audit} writes a signed chain; {@code audit verify} names the first record that breaks it, with the
 * writer's own key or an auditor's public key; {@code anker}, {@code herstel}, {@code besluit} and {@code overzicht}.
 */
class AuditCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private Path logOfThree() {
        Path log = dir.resolve("audit.jsonl");
        String example = CliRun.root().resolve("examples/aanvraag-wmo.json").toString();
        for (int i = 0; i < 3; i++) {
            assertThat(CliRun.of("decide", "--audit", log.toString(), example).exit()).isZero();
        }
        return log;
    }

    private static String hashOf(Path log, int line) throws Exception {
        return MAPPER.readTree(Files.readAllLines(log).get(line - 1)).get("hash").asText();
    }

    @Test
    void decideAppendsAndVerifyFindsTheChainIntactAndSigned() throws Exception {
        Path log = logOfThree();
        CliRun run = CliRun.of("audit", "verify", log.toString());

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("3 records, de keten is intact en elk record is ondertekend met ed25519:").contains("sha256:");
        assertThat(Files.readString(log)).doesNotContain("omschrijving").doesNotContain("huur is twee maanden achter");
    }

    @Test
    void theFirstUseMakesAKeyReadableByItsOwnerAloneAndSaysSoOnce() throws Exception {
        String own = System.getProperty(AuditKeys.PROPERTY);
        Path key = dir.resolve("config").resolve("afweging").resolve("audit-sleutel");
        System.setProperty(AuditKeys.PROPERTY, key.toString());
        try {
            Path log = dir.resolve("eerste.jsonl");
            String example = CliRun.root().resolve("examples/aanvraag-wmo.json").toString();
            CliRun first = CliRun.of("decide", "--audit", log.toString(), example);
            CliRun second = CliRun.of("decide", "--audit", log.toString(), example);

            assertThat(first.exit()).isZero();
            assertThat(first.err()).contains("Nieuwe auditsleutel gemaakt: " + key).contains(key + ".pub");
            assertThat(second.err()).doesNotContain("Nieuwe auditsleutel");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
            assertThat(Files.readString(key)).contains("PRIVATE KEY");
            assertThat(Files.readString(AuditKeys.publicFile(key))).contains("PUBLIC KEY").doesNotContain("PRIVATE");
            assertThat(CliRun.of("audit", "verify", log.toString()).exit()).isZero();

            // A key others may read is refused, and then nothing is advised.
            Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
            CliRun leesbaar = CliRun.of("decide", "--audit", log.toString(), example);
            assertThat(leesbaar.exit()).isEqualTo(4);
            assertThat(leesbaar.out()).isEmpty();
            assertThat(leesbaar.err()).contains("leesbaar voor anderen");
        } finally {
            System.setProperty(AuditKeys.PROPERTY, own);
        }
    }

    @Test
    void anAuditorVerifiesWithThePublicKeyAloneAndAnotherKeyIsNamed() throws Exception {
        Path log = logOfThree();
        Path pub = AuditKeys.publicFile(AuditKeys.defaultFile());
        Path auditor = Files.copy(pub, dir.resolve("schrijver.pub"));
        CliRun ok = CliRun.of("audit", "verify", log.toString(), "--sleutel", auditor.toString());
        assertThat(ok.exit()).isZero();

        Path ander = dir.resolve("ander-sleutel");
        AuditKeys.write(AuditKeys.generate(), ander);
        CliRun wrong = CliRun.of("audit", "verify", log.toString(), "--sleutel", AuditKeys.publicFile(ander).toString());
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.out()).contains("record 1: ondertekend met een andere sleutel");

        CliRun missing = CliRun.of("audit", "verify", log.toString(), "--sleutel", dir.resolve("geen.pub").toString());
        assertThat(missing.exit()).isEqualTo(2);
    }

    @Test
    void oneEditedByteIsNamedByItsRecordNumber() throws Exception {
        Path log = logOfThree();
        List<String> lines = Files.readAllLines(log);
        lines.set(1, lines.get(1).replace("\"spoed\":false", "\"spoed\":falsE"));
        Files.write(log, lines);

        CliRun run = CliRun.of("audit", "verify", log.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("record 2: geen geldige JSON").contains("Records 1 tot en met 1 zijn intact");
    }

    @Test
    void aCutTailIsFoundWithTheAnchor() throws Exception {
        Path log = logOfThree();
        CliRun anker = CliRun.of("audit", "anker", log.toString());
        assertThat(anker.exit()).isZero();
        JsonNode head = MAPPER.readTree(anker.out());
        assertThat(head.get("volgnummer").asLong()).isEqualTo(3);
        assertThat(head.get("hash").asText()).isEqualTo(hashOf(log, 3));
        assertThat(head.get("handtekening").asText()).isNotBlank();
        Path ankerFile = Files.writeString(dir.resolve("anker.json"), anker.out());

        assertThat(CliRun.of("audit", "verify", log.toString(), "--anker", ankerFile.toString()).out()).contains("Het anker (record 3) staat in het log");
        List<String> lines = Files.readAllLines(log);
        Files.write(log, lines.subList(0, 2));
        assertThat(CliRun.of("audit", "verify", log.toString()).exit()).isZero();
        CliRun cut = CliRun.of("audit", "verify", log.toString(), "--anker", ankerFile.toString());
        assertThat(cut.exit()).isEqualTo(1);
        assertThat(cut.out()).contains("record 3: het log is ingekort");
    }

    @Test
    void aTornLastLineIsReportedBlocksAppendsAndHerstelMendsIt() throws Exception {
        Path log = logOfThree();
        byte[] bytes = Files.readAllBytes(log);
        byte[] torn = Arrays.copyOf(bytes, bytes.length - 25);
        Files.write(log, torn);

        CliRun verify = CliRun.of("audit", "verify", log.toString());
        assertThat(verify.exit()).isEqualTo(1);
        assertThat(verify.out()).contains("record 3: de regel is onvolledig: een afgebroken schrijfactie").contains("audit herstel");

        String example = CliRun.root().resolve("examples/aanvraag-wmo.json").toString();
        CliRun decide = CliRun.of("decide", "--audit", log.toString(), example);
        assertThat(decide.exit()).isEqualTo(4);
        assertThat(decide.out()).isEmpty();
        assertThat(decide.err()).contains("onvolledig").contains("audit herstel");

        CliRun herstel = CliRun.of("audit", "herstel", log.toString());
        assertThat(herstel.exit()).as(herstel.err()).isZero();
        assertThat(herstel.out()).contains("quarantaine-3").contains("herstelrecord 3");
        assertThat(dir.resolve("audit.jsonl.quarantaine-3")).exists();
        assertThat(CliRun.of("decide", "--audit", log.toString(), example).exit()).isZero();
        CliRun after = CliRun.of("audit", "verify", log.toString());
        assertThat(after.exit()).isZero();
        assertThat(after.out()).contains("4 records");
        assertThat(CliRun.of("audit", "herstel", log.toString()).out()).contains("niets te herstellen");
    }

    @Test
    void theProfessionalsBesluitGoesIntoTheChainAndTheOverviewCountsIt() throws Exception {
        Path log = logOfThree();
        String niveau = MAPPER.readTree(Files.readAllLines(log).get(0)).get("advies").get("niveau").asText();
        String anders = niveau.equals("SPECIALISTISCH_MAATWERK") ? "LOKAAL_TEAM" : "SPECIALISTISCH_MAATWERK";

        CliRun gevolgd = CliRun.of("audit", "besluit", log.toString(), "--advies", hashOf(log, 1), "--besluit", niveau, "--reden", "ADVIES_GEVOLGD");
        assertThat(gevolgd.exit()).as(gevolgd.err()).isZero();
        assertThat(gevolgd.out()).contains("Besluit vastgelegd: record 4");
        CliRun afgeweken = CliRun.of("audit", "besluit", log.toString(), "--advies", hashOf(log, 2), "--besluit", anders,
                "--reden", "VEILIGHEID_ANDERS_INGESCHAT");
        assertThat(afgeweken.exit()).isZero();

        // Refused: a hash that is no advies record, a second besluit, a reason that does not fit, an unknown code.
        CliRun nergens = CliRun.of("audit", "besluit", log.toString(), "--advies", "sha256:" + "1".repeat(64), "--besluit", niveau,
                "--reden", "ADVIES_GEVOLGD");
        assertThat(nergens.exit()).isEqualTo(1);
        assertThat(nergens.err()).contains("geen adviesrecord");
        assertThat(CliRun.of("audit", "besluit", log.toString(), "--advies", hashOf(log, 1), "--besluit", niveau, "--reden",
                "ADVIES_GEVOLGD").err()).contains("al een besluit");
        assertThat(CliRun.of("audit", "besluit", log.toString(), "--advies", hashOf(log, 3), "--besluit", anders, "--reden",
                "ADVIES_GEVOLGD").exit()).isEqualTo(1);
        assertThat(CliRun.of("audit", "besluit", log.toString(), "--advies", hashOf(log, 3), "--besluit", anders, "--reden",
                "omdat ik dat vind").exit()).isEqualTo(2);
        assertThat(Files.readAllLines(log)).hasSize(5);

        CliRun overzicht = CliRun.of("audit", "overzicht", log.toString());
        assertThat(overzicht.exit()).as(overzicht.out()).isZero();
        assertThat(overzicht.out()).contains("3 adviezen, 2 besluiten (1 adviezen nog zonder besluit)")
                .containsPattern("VEILIGHEID_ANDERS_INGESCHAT +1\\n").contains(niveau);
        JsonNode json = MAPPER.readTree(CliRun.of("audit", "overzicht", log.toString(), "--json").out());
        assertThat(json.get("besluiten").asLong()).isEqualTo(2);
        assertThat(json.get("perNiveau").get(niveau).get("gevolgd").asLong()).isEqualTo(1);
        assertThat(json.get("perNiveau").get(niveau).get("besluiten").asLong()).isEqualTo(2);
        assertThat(json.get("redenen").get("VEILIGHEID_ANDERS_INGESCHAT").asLong()).isEqualTo(1);

        CliRun replay = CliRun.of("replay", log.toString());
        assertThat(replay.exit()).as(replay.out()).isZero();
        assertThat(replay.out()).contains("2 besluiten").contains("3 passed, 0 failed");
        assertThat(CliRun.of("audit", "verify", log.toString()).exit()).isZero();
    }

    @Test
    void replayOfATamperedLogNamesTheBrokenRecord() throws Exception {
        Path log = logOfThree();
        List<String> lines = new ArrayList<>(Files.readAllLines(log));
        ObjectNode record = (ObjectNode) MAPPER.readTree(lines.get(1));
        ((ObjectNode) record.get("advies")).put("niveau", "NORMALISATIE");
        lines.set(1, lines.get(1).replace("\"niveau\":\"" + MAPPER.readTree(lines.get(1)).get("advies").get("niveau").asText() + "\",\"regels\"",
                "\"niveau\":\"NORMALISATIE\",\"regels\""));
        Files.write(log, lines);

        CliRun replay = CliRun.of("replay", log.toString());
        assertThat(replay.exit()).isEqualTo(1);
        assertThat(replay.out()).contains("FAIL record 2").contains("de keten is hier gebroken: de inhoud past niet bij de hash")
                .contains("/niveau: verwacht \"NORMALISATIE\"");
    }

    @Test
    void anOldUnsignedLogIsAFindingNotACrash() throws Exception {
        Path log = dir.resolve("oud.jsonl");
        Files.copy(CliRun.root().resolve("cli/src/test/resources/oud-auditlog.jsonl"), log);

        CliRun verify = CliRun.of("audit", "verify", log.toString());
        assertThat(verify.exit()).isEqualTo(1);
        assertThat(verify.out()).contains("2 records, de keten is intact, maar niet ondertekend");
        assertThat(verify.err()).isEmpty();

        // Appending signs from here on; the signed record vouches for the old ones.
        String example = CliRun.root().resolve("examples/aanvraag-wmo.json").toString();
        assertThat(CliRun.of("decide", "--audit", log.toString(), example).exit()).isZero();
        CliRun after = CliRun.of("audit", "verify", log.toString());
        assertThat(after.exit()).isZero();
        assertThat(after.out()).contains("records 1 tot en met 2 zijn niet ondertekend (ouder log)");
    }
}
