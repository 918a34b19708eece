// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.LocalDate;
import nl.afweging.Engine;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Advies;
import nl.afweging.model.HulpvraagSoort;
import nl.afweging.model.Leefgebied;
import nl.afweging.model.Wet;
import nl.afweging.testkit.Samples;
import nl.afweging.testkit.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit sample of docs/inbedden.md, kept compiling and true here, and on the page as it is here. */
class AuditEmbeddingTest {

    @Test
    void theSampleIsOnThePageAsItIsHere() throws Exception {
        Path source = TestRules.root().resolve("audit/src/test/java/nl/afweging/audit/AuditEmbeddingTest.java");
        assertThat(Samples.of(source)).singleElement().satisfies(sample -> assertThat(Samples.page("docs/inbedden.md")).contains(sample));
    }

    @Test
    void anEngineWithAnAuditLog(@TempDir Path tmp) throws Exception {
        Path auditLog = tmp.resolve("audit.jsonl");
        Path sleutelbestand = tmp.resolve("sleutels").resolve("audit-sleutel");
        // --- docs/inbedden.md: audit ---
        KeyPair sleutels = AuditKeys.readOrCreate(sleutelbestand); // the log writer's Ed25519 key pair, never beside the log
        Engine engine = Engine.builder()
                .audit(AuditLog.at(auditLog, sleutels)) // a signed audit record per advice, on disk before the advice is returned
                .build();
        // --- end ---
        Advies advies = engine.evaluate(Aanvraag.builder("audit-1", LocalDate.of(2026, 3, 1), Wet.WMO, 45)
                .soort(HulpvraagSoort.FINANCIEN).zrm(Leefgebied.FINANCIEN, 2).build());

        assertThat(Files.readAllLines(auditLog)).singleElement().asString().contains("\"aanvraagId\":\"audit-1\"")
                .contains(advies.regelset().hash());
        assertThat(Verification.of(auditLog, AuditKeys.readPublic(AuditKeys.publicFile(sleutelbestand))).isBewezen()).isTrue();
    }
}
