// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.afweging.tabellen.Spreadsheets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code afweging tabellen export|import}: decision tables to Excel workbooks and back. The CSV stays the form in git;
 * the workbook is for editing.
 */
@Command(name = "tabellen", mixinStandardHelpOptions = true,
        description = "Zet beslistabellen (.drl.csv) om naar Excel-werkmappen (.drl.xlsx) en terug.",
        subcommands = {TabellenCommand.Export.class, TabellenCommand.Import.class})
final class TabellenCommand {

    /** {@code afweging tabellen export [DIR] --xlsx OUT}: one workbook per table. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Schrijft voor elke beslistabel NAAM.drl.csv in DIR een Excel-werkmap NAAM.drl.xlsx in de map OUT.",
                    "Een map met versies of gemeenten komt terug in OUT: rules/2027.1/ladder.drl.csv wordt OUT/2027.1/ladder.drl.xlsx.",
                    "De rijen met de opbouw van de tabel (trefwoorden, code, kolomnamen) zijn grijs en vergrendeld; de rijen met"
                            + " regels kunt u bewerken, en onderaan kunt u rijen toevoegen.",
                    "Exit 0: geschreven. Exit 1: een tabel is niet te lezen (niets geschreven). Exit 2: geen map met regels."})
    static final class Export implements Callable<Integer> {
        private final Streams io;

        @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "De map met de regels (bijvoorbeeld rules/ of rules/2027.1).")
        private Path folder;

        @Option(names = "--rules", paramLabel = "DIR", description = "De map met de regelset (in plaats van DIR).")
        private Path rules;

        @Option(names = "--xlsx", paramLabel = "OUT", required = true, description = "De map voor de werkmappen; wordt gemaakt als hij er niet is.")
        private Path out;

        Export(Streams io) {
            this.io = io;
        }

        @Override
        public Integer call() throws IOException {
            Path dir = rulesFolder(folder, rules, io);
            if (dir == null) {
                return Main.ONGELDIGE_INVOER;
            }
            Spreadsheets.Result result = Spreadsheets.exportWorkbooks(dir, out);
            return report(result, io, "geschreven");
        }
    }

    /** {@code afweging tabellen import XLSX... DIR}: each workbook back as the CSV it came from, after every check. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Schrijft elke werkmap NAAM.drl.xlsx terug als NAAM.drl.csv in DIR.",
                    "DIR is de map waar de tabel staat: een versie (rules/2027.1) of een gemeente (rules/gemeenten/1728).",
                    "Een cel die niet veranderde, blijft in de CSV precies zoals hij was.",
                    "Eerst wordt de hele regelmap gecontroleerd zoals 'validate' het doet, met de werkmap op de plaats van zijn"
                            + " tabel, en dat de vergrendelde rijen niet zijn veranderd; bij een bevinding wordt niets geschreven.",
                    "Een werkmap gaat alleen terug naar de regelset, versie, gemeente en tabel waaruit hij is geëxporteerd, en"
                            + " alleen als niemand de tabel sindsdien veranderde in een rij die de werkmap anders heeft.",
                    "Schrijf: tabellen import NAAM.drl.xlsx... DIR, of tabellen import NAAM.drl.xlsx... --rules DIR.",
                    "Exit 0: geschreven. Exit 1: bevindingen (niets geschreven). Exit 2: geen werkmap of geen map met regels."})
    static final class Import implements Callable<Integer> {
        private final Streams io;

        @Parameters(arity = "1..*", paramLabel = "XLSX", description = "De werkmappen, en als laatste de map met de regelset (tenzij --rules).")
        private List<Path> files;

        @Option(names = "--rules", paramLabel = "DIR", description = "De map waar de tabel staat (in plaats van de laatste XLSX).")
        private Path rules;

        @Option(names = "--overschrijf-latere-wijzigingen", description = "Schrijf de werkmap ook terug als de tabel sinds de"
                + " export is veranderd (of als de werkmap niet zegt waar hij vandaan komt): die wijzigingen gaan verloren,"
                + " en de uitvoer noemt de rijen.")
        private boolean overschrijven;

        Import(Streams io) {
            this.io = io;
        }

        @Override
        public Integer call() throws IOException {
            List<Path> workbooks = new ArrayList<>(files);
            Path dir = rules;
            if (dir == null && workbooks.size() > 1 && Files.isDirectory(workbooks.get(workbooks.size() - 1))) {
                dir = workbooks.remove(workbooks.size() - 1);
            }
            if (dir == null || !Files.isDirectory(dir)) {
                io.err().println(dir == null ? "Geef de map met de regelset: tabellen import NAAM.drl.xlsx DIR"
                        : "Geen map met regels: " + dir);
                return Main.ONGELDIGE_INVOER;
            }
            for (Path workbook : workbooks) {
                if (!Files.isRegularFile(workbook)) {
                    io.err().println("Geen werkmap: " + workbook);
                    return Main.ONGELDIGE_INVOER;
                }
            }
            // With decide's cache, as validate: the versions the workbooks leave alone are read compiled.
            return report(Spreadsheets.importWorkbooks(workbooks, dir, overschrijven, Engines.cacheFolder()), io, "teruggeschreven");
        }
    }

    private static Path rulesFolder(Path positional, Path option, Streams io) {
        Path dir = option != null ? option : positional;
        if (dir == null || !Files.isDirectory(dir)) {
            io.err().println(dir == null ? "Geef de map met de regelset: tabellen export DIR --xlsx OUT" : "Geen map met regels: " + dir);
            return null;
        }
        return dir;
    }

    /** The findings on stdout, as validate prints them; what was written on stderr, one line a file. */
    private static int report(Spreadsheets.Result result, Streams io, String done) {
        if (!result.isGelukt()) {
            result.bevindingen().forEach(io.out()::println);
            int n = result.bevindingen().size();
            io.out().println(n + (n == 1 ? " bevinding" : " bevindingen") + "; er is niets geschreven.");
            return Main.BEVINDINGEN;
        }
        result.geschreven().forEach(p -> io.err().println(done + ": " + p));
        result.meldingen().forEach(io.err()::println);
        return Main.OK;
    }
}
