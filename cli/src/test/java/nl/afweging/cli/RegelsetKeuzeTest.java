// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** How simulate reads one side: DIR, DIR@VERSIE, DIR@GEMEENTE, DIR@VERSIE@GEMEENTE, @VERSIE. */
class RegelsetKeuzeTest {
    @Test
    void aFolderAVersionAndAGemeenteInAnyOfTheWrittenForms() {
        assertThat(RegelsetKeuze.lees("rules")).isEqualTo(new RegelsetKeuze("rules", Path.of("rules"), null, null));
        assertThat(RegelsetKeuze.lees("rules@2027.1")).isEqualTo(new RegelsetKeuze("rules@2027.1", Path.of("rules"), "2027.1", null));
        assertThat(RegelsetKeuze.lees("rules@1728")).isEqualTo(new RegelsetKeuze("rules@1728", Path.of("rules"), null, "1728"));
        assertThat(RegelsetKeuze.lees("rules@2027.1@1728"))
                .isEqualTo(new RegelsetKeuze("rules@2027.1@1728", Path.of("rules"), "2027.1", "1728"));
        assertThat(RegelsetKeuze.lees("@2026.1")).isEqualTo(new RegelsetKeuze("@2026.1", null, "2026.1", null));
    }

    @Test
    void aFormThatCannotBeReadIsRefusedInDutch() {
        assertThatThrownBy(() -> RegelsetKeuze.lees("rules@2026.1@2027.1")).hasMessageContaining("DIR@VERSIE@GEMEENTE");
        assertThatThrownBy(() -> RegelsetKeuze.lees("rules@1728@0840")).hasMessageContaining("één gemeente");
        assertThatThrownBy(() -> RegelsetKeuze.lees("rules@")).hasMessageContaining("DIR@VERSIE");
        assertThatThrownBy(() -> RegelsetKeuze.lees("")).hasMessageContaining("@VERSIE");
    }

    @Test
    void theBuiltInRulesAndAGemeenteForEveryAanvraagRunThroughSimulate() throws Exception {
        Path file = ProefAanvragen.bestand(java.nio.file.Files.createTempDirectory("keuze"), 60, 9);
        CliRun run = CliRun.of("simulate", "--basis", "@2026.1", "--kandidaat",
                CliRun.root().resolve("rules") + "@2026.1@1728", "--json", file.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        // Gemeente 1728 for every aanvraag: its T2 threshold (1 failed maatwerk traject) only ever adds CASUISTIEKBESPREKING.
        com.fasterxml.jackson.databind.JsonNode r = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
        assertThat(r.get("aantal").asLong()).isEqualTo(60);
        com.fasterxml.jackson.databind.JsonNode t2 = r.get("regels").get("T2");
        assertThat(t2.get("kandidaat").asLong()).isGreaterThanOrEqualTo(t2.get("basis").asLong());
        assertThat(r.get("stromen")).allSatisfy(s -> assertThat(s.get("naar")).isEqualTo(s.get("van")));
    }
}
