// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.afweging.Engine;
import nl.afweging.Json;
import nl.afweging.RuleSetCheck;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.Niveau;
import nl.afweging.model.ProblemCode;
import nl.afweging.testkit.TestKeys;
import nl.afweging.testkit.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit log keeps the contract: every record matches the published schema (shipped in the core's jar) and holds no
 * free text, and {@code validate --bekend} reads a log to find a version whose content changed under its name.
 */
class AuditContractTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.schemaMappers(m -> m.mapPrefix("https://afweging.nl/schema/", "classpath:nl/afweging/schema/")));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Path RULES = TestRules.root().resolve("rules");

    @TempDir
    Path dir;

    /** Compiled rule sets, shared by the checks: each compiles only the versions it has not seen. */
    @TempDir
    static Path cache;

    private static JsonSchema schema(String name) {
        return FACTORY.getSchema(SchemaLocation.of("https://afweging.nl/schema/" + name), CONFIG);
    }

    @Test
    void everyAuditRecordMatchesItsSchemaAndHoldsNoFreeText() throws IOException {
        JsonSchema recordSchema = schema("audit-record.schema.json");
        Path log = dir.resolve("audit.jsonl");
        AuditLog auditLog = AuditLog.at(log, TestKeys.SCHRIJVER);
        List<AuditLog.Entry> adviezen = new java.util.ArrayList<>();
        for (Path file : TestRules.fixtureFiles()) {
            ObjectNode aanvraag = (ObjectNode) MAPPER.readTree(file.toFile()).get("aanvraag");
            ((ObjectNode) aanvraag.get("hulpvraag")).put("omschrijving", "vrije tekst die nooit in het log mag");
            Aanvraag gelezen = Json.readAanvraag(aanvraag.toString());
            adviezen.add(auditLog.append(gelezen, TestRules.standard().evaluate(gelezen)));
        }
        // Every kind of record: a besluit that follows the advice, one that departs from it, and a herstel.
        String eerste = Files.readAllLines(log).get(0);
        Niveau geadviseerd = Niveau.valueOf(MAPPER.readTree(eerste).get("advies").get("niveau").asText());
        auditLog.besluit(adviezen.get(0).hash(), geadviseerd, BesluitReden.ADVIES_GEVOLGD);
        auditLog.besluit(adviezen.get(1).hash(), Niveau.SPECIALISTISCH_MAATWERK.equals(geadviseerd) ? Niveau.LOKAAL_TEAM
                : Niveau.SPECIALISTISCH_MAATWERK, BesluitReden.VEILIGHEID_ANDERS_INGESCHAT);
        Files.write(log, "{\"volgnummer\":".getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.file.StandardOpenOption.APPEND);
        assertThat(auditLog.herstel()).isPresent();

        List<String> records = Files.readAllLines(log);
        assertThat(records).hasSize(TestRules.fixtureFiles().size() + 3);
        assertThat(records).extracting(r -> MAPPER.readTree(r).get("soort").asText()).containsOnly("ADVIES", "BESLUIT", "HERSTEL")
                .contains("ADVIES", "BESLUIT", "HERSTEL");
        for (String record : records) {
            assertThat(recordSchema.validate(MAPPER.readTree(record))).as(record).isEmpty();
            assertThat(record).doesNotContain("vrije tekst", "omschrijving");
        }
        assertThat(Verification.of(log, TestKeys.SCHRIJVER.getPublic()).isBewezen()).isTrue();
    }

    @Test
    void aChangedVersionThatKeepsItsNameIsAFindingAgainstAnAuditLog() throws Exception {
        Path log = dir.resolve("audit.jsonl");
        Engine.builder().rules(RULES).cache(cache).audit(AuditLog.at(log, TestKeys.SCHRIJVER)).build().evaluate(TestRules.tweeLeefgebieden("2026-06-01"));
        Path rules = TestRules.edit(TestRules.copyAll(dir.resolve("regels")), "2026.1/parameters.drl.csv",
                "volwassenVanaf,18,", "volwassenVanaf,17,");

        assertThat(RuleSetCheck.check(RULES, List.of(log), cache).bevindingen()).isEmpty();
        // A damaged line (no UTF-8, no JSON) before the record costs that line only.
        Path beschadigd = dir.resolve("beschadigd.jsonl");
        Files.write(beschadigd, new byte[] {(byte) 0xC3, (byte) 0x28, '{', '\n'});
        Files.write(beschadigd, Files.readAllBytes(log), java.nio.file.StandardOpenOption.APPEND);
        assertThat(RuleSetCheck.check(rules, List.of(beschadigd), cache).bevindingen()).extracting(LoadProblem::code)
                .containsExactly(ProblemCode.VERSIE_NAAM_HERGEBRUIKT);
        assertThat(RuleSetCheck.check(rules, List.of(log), cache).bevindingen()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.VERSIE_NAAM_HERGEBRUIKT);
            assertThat(p.bestand()).isEqualTo("2026.1/regelset.json");
            assertThat(p.melding()).contains("afwegingskader-standaard 2026.1");
        });
        // A new versie for the new content: no finding.
        TestRules.edit(rules, "2026.1/regelset.json", "\"versie\": \"2026.1\"", "\"versie\": \"2026.2\"");
        assertThat(RuleSetCheck.check(rules, List.of(log), cache).bevindingen()).isEmpty();
    }

}
