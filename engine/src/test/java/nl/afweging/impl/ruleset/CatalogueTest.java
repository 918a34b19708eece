// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.afweging.model.HulpvraagSoort;
import nl.afweging.model.Niveau;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue as Drools parses the catalogue rules: each voorziening's level, soort, gemeente and whether it is
 * collectief are those its row's cells give, for every row of 2026.1 and of gemeente 1728's own table; and a catalogue
 * rule written in DRL is read the same way, also when a decoy sits in a comment or a text.
 */
class CatalogueTest {
    @TempDir
    Path dir;

    @Test
    void everyRowGivesTheValuesOfItsCells() throws Exception {
        for (VersionPlan.Combination c : VersionPlan.of(RuleFolder.fromDirectory(FixtureRuleSets.ROOT.resolve("rules"))).combinations()) {
            Map<String, VoorzieningInfo> catalogus = Catalogue.read(c.parsed().regelbestanden(), new ArrayList<>());
            int rows = 0;
            for (ParsedFile file : c.parsed().regelbestanden()) {
                if (!file.pad().endsWith("voorzieningen.drl.csv")) {
                    continue;
                }
                for (List<String> row : rowsOf(file)) {
                    VoorzieningInfo v = catalogus.get(row.get(0));
                    assertThat(v).as(row.get(0)).isNotNull();
                    assertThat(v.niveau()).as(row.get(0)).isEqualTo(Niveau.valueOf(row.get(1)));
                    assertThat(v.soort()).as(row.get(0)).isEqualTo(HulpvraagSoort.valueOf(row.get(2)));
                    assertThat(v.gemeente()).as(row.get(0)).isEqualTo(row.get(3).isEmpty() ? null : row.get(3));
                    assertThat(v.collectief()).as(row.get(0)).isEqualTo(Boolean.parseBoolean(row.get(5)));
                    rows++;
                }
            }
            assertThat(rows).as(c.toString()).isGreaterThan(10);
        }
    }

    @Test
    void aCatalogueRuleInDrlIsReadAsDroolsParsesIt() throws Exception {
        Path file = Files.writeString(dir.resolve("eigen.drl"), """
                package nl.afweging.regels;
                import nl.afweging.feiten.*;
                import nl.afweging.model.*;

                rule "EIGEN-1"
                    @id(EIGEN-1)
                    @naam("Eigen voorziening")
                    @grondslag("test")
                    @uitleg("Een voorziening in DRL.")
                when
                    // niveau == Niveau.NORMALISATIE in een opmerking telt niet
                    VraagOpNiveau(niveau == Niveau.LOKAAL_TEAM, soort == HulpvraagSoort.BEGELEIDING, gemeente == "1728")
                then
                    insert(new Voorstel(drools.getRule().getMetaData().get("id"), true));
                end
                """);
        Path rules = Files.createDirectories(dir.resolve("regels"));
        try (var versie = Files.list(FixtureRuleSets.ROOT.resolve("rules/2026.1"))) {
            for (Path p : versie.toList()) {
                Files.copy(p, rules.resolve(p.getFileName()));
            }
        }
        Files.copy(file, rules.resolve("eigen.drl"));
        VoorzieningInfo v = Catalogue.read(ParsedRuleSet.of(RuleSource.fromDirectory(rules)).regelbestanden(), new ArrayList<>())
                .get("EIGEN-1");
        assertThat(v.niveau()).isEqualTo(Niveau.LOKAAL_TEAM);
        assertThat(v.soort()).isEqualTo(HulpvraagSoort.BEGELEIDING);
        assertThat(v.gemeente()).isEqualTo("1728");
        assertThat(v.collectief()).isTrue();
    }

    /** The data rows of a catalogue table: from the row after the labels, each as its cells. */
    private static List<List<String>> rowsOf(ParsedFile file) {
        List<List<String>> rows = new ArrayList<>();
        boolean data = false;
        for (int r = 1; r <= file.csv().size(); r++) {
            List<String> cells = file.csv().row(r);
            if (data && !cells.isEmpty() && !cells.get(0).isBlank()) {
                rows.add(cells);
            }
            data |= !cells.isEmpty() && cells.get(0).equals("code");
        }
        return rows;
    }
}
