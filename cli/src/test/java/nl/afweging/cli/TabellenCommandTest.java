// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tabellen export DIR --xlsx OUT} and {@code tabellen import XLSX... DIR} as the issue writes them: every table
 * of the repository's rules goes out and comes back byte for byte; a workbook of another table is refused with both
 * places named, exit 1, and nothing is written; a row changed since the export is overwritten only on purpose.
 */
class TabellenCommandTest {
    @TempDir
    Path dir;

    @Test
    void everyTableGoesToExcelAndComesBackByteForByte() throws IOException {
        Path rules = RulesCopy.of(Files.createDirectory(dir.resolve("regels"))).dir();
        Path out = dir.resolve("excel");
        List<Path> tables = files(rules, ".drl.csv");
        List<byte[]> before = new ArrayList<>();
        for (Path table : tables) {
            before.add(Files.readAllBytes(table));
        }

        CliRun export = CliRun.of("tabellen", "export", rules.toString(), "--xlsx", out.toString());

        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).isEmpty();
        List<Path> workbooks = files(out, ".drl.xlsx");
        assertThat(workbooks).extracting(p -> p.getFileName().toString().replace(".drl.xlsx", ".drl.csv"))
                .containsExactlyElementsOf(tables.stream().map(p -> p.getFileName().toString()).toList());

        List<String> args = new ArrayList<>(List.of("tabellen", "import"));
        workbooks.forEach(w -> args.add(w.toString()));
        args.add(rules.toString());
        CliRun imported = CliRun.of(args.toArray(String[]::new));

        assertThat(imported.exit()).as(imported.out() + imported.err()).isZero();
        assertThat(imported.err()).contains("teruggeschreven: " + rules.resolve("ladder.drl.csv"));
        for (int i = 0; i < tables.size(); i++) {
            assertThat(Files.readAllBytes(tables.get(i))).as(tables.get(i).toString()).isEqualTo(before.get(i));
        }
        assertThat(CliRun.of("validate", rules.toString()).exit()).isZero();
    }

    @Test
    void aWorkbookOfAnotherTableIsRefusedNamingBothAndNothingIsWritten() throws IOException {
        Path rules = RulesCopy.of(Files.createDirectory(dir.resolve("regels"))).dir();
        Path out = dir.resolve("excel");
        assertThat(CliRun.of("tabellen", "export", "--rules", rules.toString(), "--xlsx", out.toString()).exit()).isZero();
        // The ladder's workbook under the name of the soorten table.
        Path wrong = Files.copy(out.resolve("ladder.drl.xlsx"), dir.resolve("soorten.drl.xlsx"));
        byte[] soorten = Files.readAllBytes(rules.resolve("soorten.drl.csv"));

        CliRun run = CliRun.of("tabellen", "import", wrong.toString(), "--rules", rules.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("soorten.drl.xlsx:", "komt uit regelset afwegingskader-standaard 2026.1, tabel ladder.drl.csv",
                "tabel soorten.drl.csv vervangen", "er is niets geschreven.");
        assertThat(Files.readAllBytes(rules.resolve("soorten.drl.csv"))).isEqualTo(soorten);
    }

    @Test
    void aRowChangedSinceTheExportIsOverwrittenOnlyOnPurposeAndThenNamed() throws IOException {
        Path rules = RulesCopy.of(Files.createDirectory(dir.resolve("regels"))).dir();
        Path out = dir.resolve("excel");
        assertThat(CliRun.of("tabellen", "export", "--rules", rules.toString(), "--xlsx", out.toString()).exit()).isZero();
        Path parameters = rules.resolve("parameters.drl.csv");
        Files.writeString(parameters, Files.readString(parameters).replace("\nmeervoudigVanaf,3,", "\nmeervoudigVanaf,4,"));
        String workbook = out.resolve("parameters.drl.xlsx").toString();

        CliRun refused = CliRun.of("tabellen", "import", workbook, rules.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).contains("parameters.drl.xlsx:11:", "veranderd sinds deze werkmap werd geëxporteerd (rij 11)");
        assertThat(Files.readString(parameters)).contains("\nmeervoudigVanaf,4,");

        CliRun overwritten = CliRun.of("tabellen", "import", workbook, rules.toString(), "--overschrijf-latere-wijzigingen");
        assertThat(overwritten.exit()).as(overwritten.out() + overwritten.err()).isZero();
        assertThat(overwritten.err()).contains("teruggeschreven: " + parameters,
                "Met --overschrijf-latere-wijzigingen: rij 11 van parameters.drl.csv");
        assertThat(Files.readString(parameters)).contains("\nmeervoudigVanaf,3,");
    }

    @Test
    void withoutAFolderOfRulesNothingIsDone() {
        CliRun export = CliRun.of("tabellen", "export", "--xlsx", dir.resolve("uit").toString());
        assertThat(export.exit()).isEqualTo(2);
        assertThat(export.err()).contains("Geef de map met de regelset");
        assertThat(dir.resolve("uit")).doesNotExist();

        CliRun imported = CliRun.of("tabellen", "import", dir.resolve("ladder.drl.xlsx").toString());
        assertThat(imported.exit()).isEqualTo(2);
        assertThat(imported.err()).contains("Geef de map met de regelset: tabellen import NAAM.drl.xlsx DIR");
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}
