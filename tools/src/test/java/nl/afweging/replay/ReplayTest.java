// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.afweging.audit.AuditLog;
import nl.afweging.Engine;
import nl.afweging.impl.audit.CanonicalJson;
import nl.afweging.audit.testkit.AuditForgery;
import nl.afweging.testkit.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replay names exactly the cases that no longer reproduce, with the field, expected and actual. */
class ReplayTest {
    /** Compiled rule sets, shared by the replays of this class: each loads its rule sets once compiled. */
    @TempDir
    static Path cache;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path FIXTURES = TestRules.root().resolve("fixtures");

    @TempDir
    Path dir;

    private static List<ReplayCase> replay(Path path, RuleSets ruleSets, int threads) {
        List<ReplayCase> cases = new ArrayList<>();
        Replay.with(ruleSets).threads(threads).run(path, cases::add);
        return cases;
    }

    @Test
    void theFixturesReproduceInFileOrderOnTwoThreads() throws Exception {
        List<ReplayCase> cases = replay(FIXTURES, RuleSets.of(List.of(), cache), 2);

        assertThat(cases).hasSize(TestRules.fixtureFiles().size()).allSatisfy(c -> assertThat(c.isGeslaagd()).as(c.toString()).isTrue());
        assertThat(cases).extracting(ReplayCase::naam)
                .containsExactlyElementsOf(TestRules.fixtureFiles().stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void aChangedThresholdNamesExactlyTheAffectedFixtures() throws Exception {
        Path rules = TestRules.edit(TestRules.copyAll(dir), "2026.1/parameters.drl.csv", "meervoudigVanaf,3,", "meervoudigVanaf,4,");
        // Independent of the engine: raising meervoudigVanaf from 3 to 4 in version 2026.1 changes exactly the cases
        // of 2026 where k3 (leefgebieden scoring 3 or lower) is 3: L6 no longer fires there. 2027.1 is untouched.
        Set<String> affected = new TreeSet<>();
        for (Path file : TestRules.fixtureFiles()) {
            JsonNode aanvraag = MAPPER.readTree(file.toFile()).path("aanvraag");
            long k3 = aanvraag.path("zrm").properties().stream().filter(e -> e.getValue().asInt() <= 3).count();
            if (k3 == 3 && aanvraag.path("peildatum").asText().startsWith("2026")) {
                affected.add(file.getFileName().toString());
            }
        }
        assertThat(affected).isNotEmpty();

        List<ReplayCase> failed = replay(FIXTURES, RuleSets.of(List.of(rules), cache), 2).stream().filter(c -> !c.isGeslaagd()).toList();

        assertThat(failed).extracting(ReplayCase::naam).containsExactlyElementsOf(affected);
        assertThat(failed).allSatisfy(c -> {
            assertThat(c.nietMeerGevuurd()).contains("L6");
            assertThat(c.verschillen()).filteredOn(v -> v.pad().equals("/aandachtspunten")).singleElement().satisfies(v -> {
                assertThat(v.verwacht()).contains("EEN_GEZIN_EEN_PLAN");
                assertThat(v.werkelijk()).doesNotContain("EEN_GEZIN_EEN_PLAN");
            });
        });
        assertThat(failed).anySatisfy(c -> assertThat(c.verschillen())
                .contains(new Verschil("/niveau", "\"LOKAAL_TEAM\"", "\"SOCIALE_BASIS\"")));
    }

    private Path auditLog(int records) {
        Path file = dir.resolve("audit.jsonl");
        AuditLog log = AuditLog.at(file, TestRules.writerKey());
        for (int n = 1; n <= records; n++) {
            var aanvraag = TestRules.numbered(n);
            log.append(aanvraag, TestRules.standard().evaluate(aanvraag));
        }
        return file;
    }

    @Test
    void anAuditLogReplaysWithTheRuleSetRecordedInIt() {
        List<ReplayCase> cases = replay(auditLog(4), RuleSets.of(List.of(), cache), 2);

        assertThat(cases).hasSize(4).allSatisfy(c -> assertThat(c.isGeslaagd()).as(c.toString()).isTrue());
        assertThat(cases.get(0).naam()).isEqualTo("record 1 (aanvraag audit-1)");
    }

    @Test
    void aChangedAdviesInARecordIsShownAsExpectedVersusActual() throws Exception {
        Path file = auditLog(3);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        ObjectNode record = (ObjectNode) CanonicalJson.READER.readTree(lines.get(1));
        String actualLevel = record.get("advies").get("niveau").asText();
        ((ObjectNode) record.get("advies")).put("niveau", "NORMALISATIE");
        lines.set(1, CanonicalJson.write(record));
        Files.write(file, lines);

        List<ReplayCase> failed = replay(file, RuleSets.of(List.of(), cache), 1).stream().filter(c -> !c.isGeslaagd()).toList();

        assertThat(failed).singleElement().satisfies(c -> {
            assertThat(c.nummer()).isEqualTo(2);
            // The probe: the tampered record is reported as a broken chain first, then with its difference.
            assertThat(c.status()).isEqualTo(ReplayCase.Status.KETEN_GEBROKEN);
            assertThat(c.melding()).contains("de keten is hier gebroken").contains("gewijzigd");
            assertThat(c.verschillen()).containsExactly(new Verschil("/niveau", "\"NORMALISATIE\"", "\"" + actualLevel + "\""));
        });
    }

    @Test
    void aRecordWhoseRuleSetIsNotAvailableIsRefusedWithTheHash() throws Exception {
        Path file = auditLog(2);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        // A record of a rule set that is not at hand, written and signed by the writer itself.
        AuditForgery.of(file).change(1, r -> ((ObjectNode) r.get("regelset")).put("hash", "sha256:" + "0".repeat(64)))
                .reChain(1, TestRules.writerKey()).writeTo(file);

        List<ReplayCase> cases = replay(file, RuleSets.of(List.of(), cache), 2);

        assertThat(cases.get(0).status()).isEqualTo(ReplayCase.Status.NIET_AF_TE_SPELEN);
        assertThat(cases.get(0).melding()).contains("niet beschikbaar").contains("sha256:" + "0".repeat(64)).contains("--rules");
        assertThat(cases.get(1).isGeslaagd()).isTrue();
    }

    @Test
    void anArchiveFolderOfRuleSetsIsSearchedByHash() throws Exception {
        Path archive = Files.createDirectories(dir.resolve("archief"));
        Path older = TestRules.edit(TestRules.copy(Files.createDirectories(archive.resolve("2026.0"))),
                "parameters.drl.csv", "meervoudigVanaf,3,", "meervoudigVanaf,4,");
        Path file = dir.resolve("oud.jsonl");
        var aanvraag = TestRules.numbered(7);
        AuditLog.at(file, TestRules.writerKey()).append(aanvraag, Engine.builder().rules(older).build().evaluate(aanvraag));

        assertThat(replay(file, RuleSets.of(List.of(), cache), 1).get(0).status()).isEqualTo(ReplayCase.Status.NIET_AF_TE_SPELEN);
        assertThat(replay(file, RuleSets.of(List.of(archive), cache), 1).get(0).isGeslaagd()).isTrue();
    }

    @Test
    void aTornLastRecordIsReportedNotSkipped() throws Exception {
        Path file = auditLog(2);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 10));

        List<ReplayCase> cases = replay(file, RuleSets.of(List.of(), cache), 2);

        assertThat(cases).hasSize(2);
        assertThat(cases.get(1).melding()).contains("onvolledig");
        assertThat(cases.stream().map(c -> c.status().name()).collect(Collectors.joining(","))).isEqualTo("GESLAAGD,NIET_AF_TE_SPELEN");
    }

    @Test
    void aForgedAndReChainedRecordIsReportedAsABrokenChainWhenTheKeyIsGiven() {
        Path file = auditLog(4);
        AuditForgery.of(file).change(2, r -> ((ObjectNode) r.get("advies")).put("niveau", "NORMALISATIE"))
                .reChain(2, AuditForgery.Signatures.KEEP).writeTo(file);

        List<ReplayCase> cases = new ArrayList<>();
        Replay.Summary summary = Replay.with(RuleSets.of(List.of(), cache)).sleutel(TestRules.writerKey().getPublic()).threads(2).run(file, cases::add);

        assertThat(cases.get(1).status()).isEqualTo(ReplayCase.Status.KETEN_GEBROKEN);
        assertThat(cases.get(1).melding()).contains("handtekening klopt niet");
        assertThat(summary.auditlog().keten().eersteFout()).isEqualTo(2);
        assertThat(summary.mislukt()).isGreaterThanOrEqualTo(1);
    }

    /** A record's aanvraag id is only shown as the contract allows it: a forged one cannot put escapes on a terminal. */
    @Test
    void aForgedIdWithControlCharactersIsNeverShown() {
        Path file = auditLog(2);
        AuditForgery.of(file).change(1, r -> ((ObjectNode) r.get("aanvraag")).put("id", "x\u001b[31m\u202e\nVALS"))
                .reChain(1, AuditForgery.Signatures.KEEP).writeTo(file);

        List<ReplayCase> cases = new ArrayList<>();
        Replay.with(RuleSets.of(List.of(), cache)).sleutel(TestRules.writerKey().getPublic()).threads(2).run(file, cases::add);

        assertThat(cases).isNotEmpty().allSatisfy(c -> assertThat(c.naam()).doesNotContain("\u001b", "\u202e", "\n", "VALS"));
    }
}
