// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Findings per table grow with what is wrong, not with the square of the rows: as found (issue 24), 2,000 copies of one
 * row in a UNIQUE table gave two million overlap findings (582 MB, 103 s). Up to ten overlaps are each named, as before.
 */
class TableAnalysisTest {
    private static final String COPY = "D%d,Dubbel,true,1,2,,false,LOKAAL_TEAM,,Wmo 2015 art. 2.3.5,Een kopie van L4.\n";

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void twoThousandCopiesOfARowAreOneFindingWithTheirCount() throws IOException {
        List<LoadProblem> findings = TableAnalysis.analyse(ladderWith(2_000));

        // L4 and its 2,000 copies: 2,001 rows, 2,001 × 2,000 / 2 pairs.
        assertThat(findings).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.TABEL_OVERLAP);
            assertThat(p.plaats()).isEqualTo("ladder.drl.csv:14");
            assertThat(p.melding()).startsWith("overlap: 2.001.000 keer gelden twee rijen allebei voor dezelfde invoer, tussen 2.001 rijen. "
                    + "De eerste 3: ladder.drl.csv:14 (L4) en ladder.drl.csv:16 (D1) gelden allebei voor")
                    .contains("ladder.drl.csv:14 (L4) en ladder.drl.csv:17 (D2)", "ladder.drl.csv:14 (L4) en ladder.drl.csv:18 (D3)")
                    .doesNotContain("(D4)")
                    .contains("Met HitPolicy UNIQUE mag elke invoer maar één rij raken", "Staan er rijen dubbel in de tabel?")
                    .hasSizeLessThan(2_000);
        });
    }

    @Test
    void upToTenOverlapsAreEachNamedAndElevenAreSummedUp() throws IOException {
        // Four copies: 4 + 6 = 10 pairs, each its own finding as before. Five: 15, one finding.
        List<LoadProblem> ten = TableAnalysis.analyse(ladderWith(4));
        assertThat(ten).hasSize(10).allSatisfy(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.TABEL_OVERLAP);
            assertThat(p.melding()).startsWith("overlap: ladder.drl.csv:1").endsWith("Met HitPolicy UNIQUE mag elke invoer maar één rij raken");
        });
        assertThat(ten.get(0).melding()).startsWith("overlap: ladder.drl.csv:14 (L4) en ladder.drl.csv:16 (D1) gelden allebei voor");

        assertThat(TableAnalysis.analyse(ladderWith(5))).singleElement()
                .satisfies(p -> assertThat(p.melding()).startsWith("overlap: 15 keer gelden twee rijen allebei voor dezelfde invoer, tussen 6 rijen"));
    }

    @Test
    void moreThanTenGapsAreTenFindingsAndOneWithTheCountOfTheRest() {
        // A row for every even age from 0 to 120: the 60 odd ages are each a gap of their own.
        StringBuilder text = new StringBuilder("RuleSet,nl.afweging.regels,,\nImport,nl.afweging.feiten.*,,\nHitPolicy,UNIQUE,,\n"
                + "RuleTable Even,,,\nMETADATA,CONDITION,ACTION,\n,$c : Casus,,\nid($param),leeftijd == $param,\"insert(new Aandachtspunt(\"\"$param\"\"));\",\n"
                + "id,leeftijd,aandachtspunt,\n");
        for (int age = 0; age <= 120; age += 2) {
            text.append("E").append(age).append(',').append(age).append(",EVEN,\n");
        }
        List<LoadProblem> findings = TableAnalysis.analyse(DecisionTable.in("even.drl.csv", CsvTable.parse(text.toString())).get(0));

        assertThat(findings).hasSize(11).allSatisfy(p -> assertThat(p.code()).isEqualTo(ProblemCode.TABEL_GAT));
        assertThat(findings.get(0).melding()).isEqualTo("gat: geen enkele rij geldt voor leeftijd = 1; bijvoorbeeld (leeftijd = 1). "
                + "Voeg een rij toe of verruim een bestaande rij");
        assertThat(findings.get(10).melding()).startsWith("gat: na de 10 gaten hiervoor zijn er nog 50 combinaties van invoerwaarden "
                + "waarvoor geen enkele rij geldt; bijvoorbeeld (leeftijd = 21), (leeftijd = 23), (leeftijd = 25).");
    }

    /** The ladder of rules/2026.1, with {@code copies} copies of L4 (ids D1, D2, ...) right after its last row. */
    private static DecisionTable ladderWith(int copies) throws IOException {
        String ladder;
        try (var in = TableAnalysisTest.class.getModule().getResourceAsStream("nl/afweging/standaard/2026.1/ladder.drl.csv")) {
            ladder = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        StringBuilder text = new StringBuilder(ladder.endsWith("\n") ? ladder : ladder + "\n");
        for (int n = 1; n <= copies; n++) {
            text.append(String.format(COPY, n));
        }
        List<DecisionTable> tables = DecisionTable.in("ladder.drl.csv", CsvTable.parse(text.toString()));
        assertThat(tables).hasSize(1);
        return tables.get(0);
    }
}
