// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.afweging.AuditLogException;
import nl.afweging.Engine;
import nl.afweging.impl.audit.AuditRecords;
import nl.afweging.impl.audit.CanonicalJson;
import nl.afweging.model.Advies;
import nl.afweging.model.Niveau;
import nl.afweging.audit.testkit.AuditForgery;
import nl.afweging.testkit.TestKeys;
import nl.afweging.testkit.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The professional's decision in the same chain: a signed besluit record that points at its advies record. */
class AuditBesluitTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final PublicKey PUBLIEK = TestKeys.SCHRIJVER.getPublic();

    @TempDir
    Path dir;

    private final List<AuditLog.Entry> entries = new ArrayList<>();
    private final List<Advies> adviezen = new ArrayList<>();

    private AuditLog logWith(int records) {
        AuditLog log = AuditLog.at(dir.resolve("audit.jsonl"), TestKeys.SCHRIJVER);
        for (int n = 1; n <= records; n++) {
            var aanvraag = AuditLogTest.aanvraag(n);
            Advies advies = TestRules.standard().evaluate(aanvraag);
            adviezen.add(advies);
            entries.add(log.append(aanvraag, advies));
        }
        return log;
    }

    private static Niveau anders(Niveau niveau) {
        return niveau == Niveau.SPECIALISTISCH_MAATWERK ? Niveau.LOKAAL_TEAM : niveau.hoger();
    }

    @Test
    void aBesluitPointsAtItsAdviesAndSaysWhetherItFollowedIt() throws Exception {
        AuditLog log = logWith(3);
        Niveau geadviseerd = adviezen.get(1).niveau();
        AuditLog.Entry besluit = log.besluit(entries.get(1).hash(), anders(geadviseerd), BesluitReden.NETWERK_ANDERS_INGESCHAT);

        assertThat(besluit.volgnummer()).isEqualTo(4);
        ObjectNode record = (ObjectNode) MAPPER.readTree(Files.readAllLines(log.file()).get(3));
        assertThat(record.get("soort").asText()).isEqualTo("BESLUIT");
        assertThat(record.get("adviesHash").asText()).isEqualTo(entries.get(1).hash());
        assertThat(record.get("adviesVolgnummer").asLong()).isEqualTo(2);
        assertThat(record.get("aanvraagId").asText()).isEqualTo("audit-2");
        assertThat(record.get("geadviseerdNiveau").asText()).isEqualTo(geadviseerd.name());
        assertThat(record.get("besluit").asText()).isEqualTo(anders(geadviseerd).name());
        assertThat(record.get("gevolgd").asBoolean()).isFalse();
        assertThat(record.get("reden").asText()).isEqualTo("NETWERK_ANDERS_INGESCHAT");
        assertThat(record.get("regels")).extracting(r -> r.asText()).containsExactlyElementsOf(adviezen.get(1).regelIds());
        assertThat(Verification.of(log.file(), PUBLIEK).isBewezen()).isTrue();
    }

    @Test
    void aBesluitOnNothingOrOnTheWrongThingIsRefusedAndNothingIsWritten() throws Exception {
        AuditLog log = logWith(2);
        Niveau geadviseerd = adviezen.get(0).niveau();
        byte[] before = Files.readAllBytes(log.file());

        assertThatThrownBy(() -> log.besluit("sha256:" + "ab".repeat(32), geadviseerd, BesluitReden.ADVIES_GEVOLGD))
                .isInstanceOf(AuditLogException.class).hasMessageContaining("geen adviesrecord");
        assertThatThrownBy(() -> log.besluit("niet-een-hash\u001b[31m", geadviseerd, BesluitReden.ADVIES_GEVOLGD))
                .isInstanceOf(AuditLogException.class).hasMessageContaining("geen recordhash").hasMessageNotContaining("\u001b");
        // The reason must fit: ADVIES_GEVOLGD exactly when the level is the advised one.
        assertThatThrownBy(() -> log.besluit(entries.get(0).hash(), anders(geadviseerd), BesluitReden.ADVIES_GEVOLGD))
                .hasMessageContaining("wijkt af");
        assertThatThrownBy(() -> log.besluit(entries.get(0).hash(), geadviseerd, BesluitReden.ANDERS))
                .hasMessageContaining("volgt het advies");
        assertThat(Files.readAllBytes(log.file())).isEqualTo(before);

        AuditLog.Entry besluit = log.besluit(entries.get(0).hash(), geadviseerd, BesluitReden.ADVIES_GEVOLGD);
        // A second besluit on the same advies, and a besluit on a besluit record.
        assertThatThrownBy(() -> log.besluit(entries.get(0).hash(), geadviseerd, BesluitReden.ADVIES_GEVOLGD))
                .hasMessageContaining("al een besluit");
        assertThatThrownBy(() -> log.besluit(besluit.hash(), geadviseerd, BesluitReden.ADVIES_GEVOLGD))
                .hasMessageContaining("geen adviesrecord");
        assertThat(Files.readAllLines(log.file())).hasSize(3);
    }

    @Test
    void aBesluitOnAnAdviesRecordThatWasChangedIsRefused() throws Exception {
        AuditLog log = logWith(2);
        AuditForgery.of(log.file()).change(1, r -> ((ObjectNode) r.get("advies")).put("niveau", "NORMALISATIE"))
                .reChain(1, AuditForgery.Signatures.KEEP).writeTo(log.file());
        String forged = MAPPER.readTree(Files.readAllLines(log.file()).get(0)).get("hash").asText();

        assertThatThrownBy(() -> AuditLog.at(log.file(), TestKeys.SCHRIJVER).besluit(forged, Niveau.NORMALISATIE, BesluitReden.ADVIES_GEVOLGD))
                .isInstanceOf(AuditLogException.class);
    }

    @Test
    void verifyNamesABesluitThatPointsAtNoEarlierAdviesEvenWhenSigned() throws Exception {
        AuditLog log = logWith(2);
        List<String> lines = new ArrayList<>(Files.readAllLines(log.file()));
        ObjectNode advies = (ObjectNode) CanonicalJson.READER.readTree(lines.get(0));
        ObjectNode besluit = AuditRecords.besluit(advies, Niveau.SPECIALISTISCH_MAATWERK, BesluitReden.ANDERS, Engine.versie());
        besluit.put("adviesHash", "sha256:" + "0".repeat(64));
        String previous = MAPPER.readTree(lines.get(1)).get("hash").asText();
        lines.add(CanonicalJson.write(AuditRecords.seal(besluit, 3, Instant.now(), previous, TestKeys.SCHRIJVER)));
        Files.write(log.file(), lines);

        Verification v = Verification.of(log.file(), PUBLIEK);
        assertThat(v.eersteFout()).isEqualTo(3);
        assertThat(v.melding()).contains("geen eerder adviesrecord");
    }

    @Test
    void verifyNamesASecondBesluitOnOneAdvies() throws Exception {
        AuditLog log = logWith(1);
        Niveau geadviseerd = adviezen.get(0).niveau();
        log.besluit(entries.get(0).hash(), geadviseerd, BesluitReden.ADVIES_GEVOLGD);
        List<String> lines = new ArrayList<>(Files.readAllLines(log.file()));
        ObjectNode advies = (ObjectNode) CanonicalJson.READER.readTree(lines.get(0));
        ObjectNode again = AuditRecords.besluit(advies, anders(geadviseerd), BesluitReden.ANDERS, Engine.versie());
        lines.add(CanonicalJson.write(AuditRecords.seal(again, 3, Instant.now(), MAPPER.readTree(lines.get(1)).get("hash").asText(),
                TestKeys.SCHRIJVER)));
        Files.write(log.file(), lines);

        assertThat(Verification.of(log.file(), PUBLIEK).melding()).contains("al eerder een besluit");
    }

    @Test
    void theOverviewCountsFollowedAdvicePerLevelPerRuleAndTheReasonsForDeparting() {
        AuditLog log = logWith(6);
        // Advice 1 and 2 followed, 3 and 4 not (two reasons), 5 and 6 still open.
        for (int i = 0; i < 2; i++) {
            log.besluit(entries.get(i).hash(), adviezen.get(i).niveau(), BesluitReden.ADVIES_GEVOLGD);
        }
        log.besluit(entries.get(2).hash(), anders(adviezen.get(2).niveau()), BesluitReden.WENS_VAN_DE_CLIENT);
        log.besluit(entries.get(3).hash(), anders(adviezen.get(3).niveau()), BesluitReden.MAATWERK_NODIG);

        Overzicht o = Overzicht.of(log.file(), PUBLIEK, n -> { });

        assertThat(o.keten().isBewezen()).isTrue();
        assertThat(o.adviezen()).isEqualTo(6);
        assertThat(o.besluiten()).isEqualTo(4);
        assertThat(o.redenen()).containsOnly(java.util.Map.entry(BesluitReden.WENS_VAN_DE_CLIENT, 1L),
                java.util.Map.entry(BesluitReden.MAATWERK_NODIG, 1L));
        long gevolgd = o.perNiveau().values().stream().mapToLong(Telling::gevolgd).sum();
        long besluiten = o.perNiveau().values().stream().mapToLong(Telling::besluiten).sum();
        long perNiveauAdviezen = o.perNiveau().values().stream().mapToLong(Telling::adviezen).sum();
        assertThat(gevolgd).isEqualTo(2);
        assertThat(besluiten).isEqualTo(4);
        assertThat(perNiveauAdviezen).isEqualTo(6);
        for (Niveau n : Niveau.values()) {
            long expected = adviezen.stream().filter(a -> a.niveau() == n).count();
            assertThat(o.perNiveau().get(n).adviezen()).as(n.name()).isEqualTo(expected);
        }
        // Every rule that fired in advice 3 counts one departure.
        for (String id : adviezen.get(2).regelIds()) {
            Telling t = o.perRegel().get(id);
            assertThat(t.besluiten() - t.gevolgd()).as(id).isGreaterThanOrEqualTo(1);
        }
        long regelsInBesluiten = adviezen.subList(0, 4).stream().mapToLong(a -> a.regelIds().size()).sum();
        assertThat(o.perRegel().values().stream().mapToLong(Telling::besluiten).sum()).isEqualTo(regelsInBesluiten);
        assertThat(o.perNiveau().values().stream().mapToLong(t -> t.hoger() + t.lager()).sum()).isEqualTo(2);
    }
}
