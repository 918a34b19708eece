// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.afweging.audit.AuditLog;
import nl.afweging.Engine;
import nl.afweging.model.Advies;
import nl.afweging.audit.BesluitReden;
import nl.afweging.model.Niveau;
import nl.afweging.testkit.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An audit log replays: its advices against the rule sets that made them, its besluiten counted, not replayed. */
class ReplayOfAuditLogsTest {
    /** Compiled rule sets, shared by the replays of this class: each loads its rule sets once compiled. */
    @TempDir
    static Path cache;

    private static final Path RULES = TestRules.root().resolve("rules");

    @TempDir
    Path dir;

    @Test
    void theVersion2026KeepsItsHashSoItsAuditRecordsStillReplay() throws Exception {
        // Records made while rules/ held only 2026.1 (a folder with that version alone).
        Path log = dir.resolve("audit.jsonl");
        Engine alleen2026 = Engine.builder().rules(RULES.resolve("2026.1")).audit(AuditLog.at(log, TestRules.writerKey())).build();
        alleen2026.evaluate(TestRules.numbered(1));
        alleen2026.evaluate(Files.readString(TestRules.root().resolve("examples/aanvraag-wmo.json")));

        List<ReplayCase> cases = new ArrayList<>();
        Replay.with(RuleSets.of(List.of(RULES), cache)).run(log, cases::add);

        assertThat(cases).hasSize(2).allSatisfy(c -> assertThat(c.isGeslaagd()).as(c.toString()).isTrue());
        assertThat(TestRules.standard().regelset(LocalDate.parse("2026-06-01"), null).hash())
                .isEqualTo(alleen2026.regelset().hash());
    }

    @Test
    void replayCountsTheBesluitenAndReplaysOnlyTheAdviezen() {
        AuditLog log = AuditLog.at(dir.resolve("audit.jsonl"), TestRules.writerKey());
        List<AuditLog.Entry> entries = new ArrayList<>();
        Advies eerste = null;
        for (int n = 1; n <= 3; n++) {
            Advies advies = TestRules.standard().evaluate(TestRules.numbered(n));
            eerste = eerste == null ? advies : eerste;
            entries.add(log.append(TestRules.numbered(n), advies));
        }
        Niveau anders = eerste.niveau() == Niveau.SPECIALISTISCH_MAATWERK ? Niveau.LOKAAL_TEAM : eerste.niveau().hoger();
        log.besluit(entries.get(0).hash(), anders, BesluitReden.SITUATIE_VERANDERD);

        List<ReplayCase> cases = new ArrayList<>();
        Replay.Summary summary = Replay.with(RuleSets.of(List.of(), cache)).sleutel(TestRules.writerKey().getPublic()).threads(2)
                .run(log.file(), cases::add);

        assertThat(cases).hasSize(3).allSatisfy(c -> assertThat(c.isGeslaagd()).isTrue());
        assertThat(summary.geslaagd()).isEqualTo(3);
        assertThat(summary.auditlog().besluiten()).isEqualTo(1);
        assertThat(summary.auditlog().redenen()).containsEntry(BesluitReden.SITUATIE_VERANDERD, 1L);
        assertThat(summary.auditlog().keten().isBewezen()).isTrue();
    }
}
