// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.afweging.RuleSetLoadException;
import nl.afweging.docs.DocsFormat;
import nl.afweging.docs.RuleSetDocs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code afweging docs [--rules DIR] [--versie V | --peildatum DATUM] [--gemeente CODE] [--out FILE]}: the rule set's
 * documentation, generated from its files.
 */
@Command(name = "docs", mixinStandardHelpOptions = true,
        description = {"Schrijft de documentatie van een regelset.",
                "Daarin staan: manifest en hash, parameters met hun waarde, de ZRM-ladder, elke regel (id, naam, uitleg,"
                        + " grondslag, bron, wat hij leest) en de gegevens voor het algoritmeregister.",
                "De tekst wordt gemaakt uit de regelbestanden zelf: dezelfde regels geven dezelfde tekst.",
                "Zonder --rules: de ingebouwde regelset. Zonder --versie: de versie die geldt op --peildatum, en zonder"
                        + " --peildatum de versie die vandaag geldt. Zonder --out: Markdown op stdout.",
                "Exit 0: geschreven. Exit 2: --out is geen .md of .html, of niet te schrijven, of --versie en --peildatum samen."
                        + " Exit 3: de regelset is niet te laden."})
final class DocsCommand implements Callable<Integer> {
    private final Streams io;

    @Mixin
    private RegelsetOptieOfMap regelset;

    @Option(names = "--versie", paramLabel = "VERSIE", description = "Documenteer deze versie (zoals 2026.1).")
    private String versie;

    @Option(names = "--peildatum", paramLabel = "DATUM",
            description = "Documenteer de versie die op deze dag geldt (JJJJ-MM-DD; standaard: vandaag).")
    private String peildatum;

    @Option(names = "--gemeente", paramLabel = "CODE",
            description = "Documenteer de versie met de eigen regels van deze gemeente erbovenop (CBS-code, zoals 1728).")
    private String gemeente;

    @Option(names = "--out", paramLabel = "FILE", description = "Schrijf naar dit bestand: FILE.md geeft Markdown, FILE.html een webpagina.")
    private Path out;

    DocsCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        Path folder = regelset.map();
        DocsFormat format = DocsFormat.MARKDOWN;
        if (out != null) {
            Optional<DocsFormat> chosen = DocsFormat.voorBestand(out);
            if (chosen.isEmpty()) {
                io.err().println("Onbekend formaat voor --out " + out + ": gebruik een bestand dat eindigt op " + DocsFormat.toegestaan() + ".");
                return Main.ONGELDIGE_INVOER;
            }
            format = chosen.get();
        }
        if (versie != null && peildatum != null) {
            io.err().println("Geef --versie of --peildatum, niet allebei.");
            return Main.ONGELDIGE_INVOER;
        }
        LocalDate dag;
        try {
            // Which version to document, not a decision: without a date, the one in force today.
            dag = peildatum == null ? LocalDate.now() : LocalDate.parse(peildatum);
        } catch (DateTimeParseException e) {
            io.err().println("--peildatum " + peildatum + " is geen datum; schrijf JJJJ-MM-DD, zoals 2027-01-01.");
            return Main.ONGELDIGE_INVOER;
        }
        RuleSetDocs docs;
        try {
            if (versie != null) {
                docs = folder == null ? RuleSetDocs.ofDefault(versie, gemeente) : RuleSetDocs.of(folder, versie, gemeente);
            } else {
                docs = folder == null ? RuleSetDocs.defaultInForceOn(dag, gemeente) : RuleSetDocs.inForceOn(folder, dag, gemeente);
            }
        } catch (RuleSetLoadException | IllegalArgumentException e) {
            io.err().println(e.getMessage());
            return Main.REGELSET_FOUT;
        }
        byte[] text = docs.render(format).getBytes(StandardCharsets.UTF_8);
        if (out == null) {
            // Bytes, not println: the page is UTF-8 whatever the platform's default encoding.
            io.out().write(text, 0, text.length);
            io.out().flush();
            return Main.OK;
        }
        try {
            Files.write(out, text);
        } catch (IOException e) {
            io.err().println(FileProblem.writing(out, e));
            return Main.ONGELDIGE_INVOER;
        }
        io.err().println("Documentatie geschreven naar " + out);
        return Main.OK;
    }
}
