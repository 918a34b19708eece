// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import nl.afweging.simulatie.Populatie;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code afweging genereer --aantal N [--zaad S] [--gemeente CODE ...] [--peildatum DATUM] [--out FILE]}: a synthetic population. */
@Command(name = "genereer", mixinStandardHelpOptions = true,
        description = {"Maakt een verzonnen populatie aanvragen als JSON Lines.",
                "Elke regel is een geldige aanvraag volgens het contract, met gemeente en wijk en zonder vrije tekst.",
                "Hetzelfde zaad en dezelfde opties geven altijd dezelfde bytes, op elke machine en met elk aantal threads.",
                "Hoe elk veld verdeeld is en waar de cijfers vandaan komen, staat in docs/populatie.md.",
                "Exit 0: geschreven. Exit 2: een ongeldige optie, of de uitvoer is niet (meer) te schrijven."})
final class GenereerCommand implements Callable<Integer> {
    private final Streams io;

    @Option(names = "--aantal", required = true, paramLabel = "N", description = "Zoveel aanvragen (minstens 1).")
    private long aantal;

    @Option(names = "--zaad", paramLabel = "S", description = "Het zaad van de toevalsgetallen (standaard 0).")
    private long zaad;

    @Option(names = "--gemeente", paramLabel = "CODE",
            description = "Alleen deze gemeente (CBS-code van 4 cijfers, zoals 1728); mag vaker."
                    + " Zonder --gemeente: Amsterdam, Rotterdam, Den Haag, Utrecht, Eindhoven en Bladel.")
    private List<String> gemeenten;

    @Option(names = "--peildatum", paramLabel = "DATUM",
            description = "Eén peildatum voor elke aanvraag (JJJJ-MM-DD, niet voor 2026-01-01). Zonder: elke dag van 2026.")
    private String peildatum;

    @Option(names = "--threads", paramLabel = "N", description = "Aantal threads (standaard: het aantal processorkernen).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--out", paramLabel = "FILE", description = "Schrijf naar dit bestand in plaats van naar stdout.")
    private Path out;

    GenereerCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        Populatie populatie;
        try {
            if (aantal < 1) {
                throw new IllegalArgumentException("--aantal moet minstens 1 zijn, niet " + aantal + ".");
            }
            Populatie.Builder builder = Populatie.builder().aantal(aantal).zaad(zaad).peildatum(datum());
            if (gemeenten != null) {
                builder.gemeenten(gemeenten);
            }
            populatie = builder.build();
            if (threads < 1 || threads > 4 * Runtime.getRuntime().availableProcessors()) {
                throw new IllegalArgumentException("--threads moet van 1 tot en met "
                        + 4 * Runtime.getRuntime().availableProcessors() + " zijn (4 per processorkern), niet " + threads + ".");
            }
        } catch (IllegalArgumentException e) {
            io.err().println(e.getMessage());
            return Main.ONGELDIGE_INVOER;
        }
        if (out == null) {
            try {
                schrijf(populatie, new Bewaakt(io.out()));
            } catch (IOException e) {
                io.err().println("Kan niet meer naar stdout schrijven (is de lezer gestopt?); gestopt.");
                return Main.ONGELDIGE_INVOER;
            }
            return Main.OK;
        }
        try (OutputStream file = Files.newOutputStream(out)) {
            schrijf(populatie, file);
        } catch (IOException e) {
            io.err().println(FileProblem.writing(out, e));
            return Main.ONGELDIGE_INVOER;
        }
        io.err().println(aantal + " aanvragen geschreven naar " + out);
        return Main.OK;
    }

    private void schrijf(Populatie populatie, OutputStream naar) throws IOException {
        // The population comes in blocks of kilobytes; a large buffer keeps the system calls few.
        BufferedOutputStream buffer = new BufferedOutputStream(naar, 1 << 16);
        populatie.schrijf(buffer, threads);
        buffer.flush();
    }

    /**
     * stdout as a stream that fails when the reader has gone: a PrintStream only remembers the error, and a
     * population of millions piped into {@code head} would otherwise be drawn to the end for nobody.
     */
    private static final class Bewaakt extends FilterOutputStream {
        private final PrintStream print;

        Bewaakt(PrintStream print) {
            super(print);
            this.print = print;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            print.write(b, off, len);
            if (print.checkError()) {
                throw new IOException("stdout is gesloten");
            }
        }
    }

    private LocalDate datum() {
        if (peildatum == null) {
            return null;
        }
        try {
            return LocalDate.parse(peildatum);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--peildatum is geen datum als 2026-03-01: " + peildatum + ".");
        }
    }
}
