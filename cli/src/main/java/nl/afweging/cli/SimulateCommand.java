// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.afweging.Engine;
import nl.afweging.EvaluationException;
import nl.afweging.Json;
import nl.afweging.RuleSetLoadException;
import nl.afweging.model.Advies;
import nl.afweging.model.Voorziening;
import nl.afweging.simulatie.Simulatie;
import nl.afweging.simulatie.SimulatieRapport;
import nl.afweging.simulatie.Vergelijking;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code afweging simulate}: a population through two rule sets, and what changes. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Laat een groep aanvragen door twee regelsets gaan en toont wat er verandert.",
                "CASES is een bestand met één aanvraag per regel (JSON Lines), of - voor stdin.",
                "Een regelset schrijft u als DIR, DIR@VERSIE, DIR@GEMEENTE of DIR@VERSIE@GEMEENTE: rules@2026.1, rules@1728"
                        + " (4 cijfers: de regels van die gemeente voor elke aanvraag) of rules@2027.1@1728.",
                "Alleen DIR: de peildatum van elke aanvraag kiest de versie. Alleen @VERSIE: de ingebouwde regels.",
                "Het verslag noemt per niveau hoeveel aanvragen er vallen, de stromen tussen niveaus (ook per wet en per gemeente),"
                        + " spoed, verwijzingen, aandachtspunten, de regels, de kosten als referentie en de bundelkansen.",
                "Het verslag staat als Markdown op stdout, of als JSON met --json.",
                "Exit 0: klaar (ook met ongeldige regels). Exit 2: ongeldige opties of invoer niet te lezen."
                        + " Exit 3: een regelset is niet te laden."})
final class SimulateCommand implements Callable<Integer> {
    private final Streams io;

    @Parameters(index = "0", paramLabel = "CASES", description = "Het bestand met aanvragen (JSON Lines), of - voor stdin.")
    private String cases;

    @Option(names = "--basis", required = true, paramLabel = "REGELSET",
            description = "De regelset van nu, bijvoorbeeld rules@2026.1.")
    private String basis;

    @Option(names = "--kandidaat", required = true, paramLabel = "REGELSET",
            description = "De regelset die u wilt proberen, bijvoorbeeld rules@2027.1.")
    private String kandidaat;

    @Option(names = "--json", description = "Geeft het verslag als één JSON-object.")
    private boolean json;

    @Option(names = "--out", paramLabel = "FILE.html", description = "Schrijft ook een pagina met grafieken naar dit bestand. De pagina werkt zonder internet en past op A4.")
    private Path out;

    @Option(names = "--bundel", paramLabel = "N", description = "De kleinste groep die een bundelkans is (standaard 5).")
    private int bundel = 5;

    @Option(names = "--max-ids", paramLabel = "N", description = "Zoveel gewijzigde aanvragen en ongeldige regels noemt het verslag"
            + " hoogstens (standaard 100). Het totaal staat er altijd bij.")
    private int maxIds = 100;

    @Option(names = "--toon", paramLabel = "ID", description = "Toont voor deze ene aanvraag de twee adviezen naast elkaar, in plaats van het verslag.")
    private String toon;

    @Option(names = "--threads", paramLabel = "N", description = "Aantal threads, 1 tot 4 per processorkern (standaard: het aantal processorkernen).")
    private int threads = Runtime.getRuntime().availableProcessors();

    SimulateCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        RegelsetKeuze b;
        RegelsetKeuze k;
        try {
            b = RegelsetKeuze.lees(basis);
            k = RegelsetKeuze.lees(kandidaat);
        } catch (IllegalArgumentException e) {
            io.err().println(e.getMessage());
            return Main.ONGELDIGE_INVOER;
        }
        if (out != null && !out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".html")) {
            io.err().println("--out moet een .html-bestand zijn, niet " + out);
            return Main.ONGELDIGE_INVOER;
        }
        if (!cases.equals("-") && !Files.isReadable(Path.of(cases))) {
            io.err().println(FileProblem.reading(cases));
            return Main.ONGELDIGE_INVOER;
        }
        Simulatie simulatie;
        try {
            simulatie = Simulatie.tussen(laad(b), laad(k)).namen(basis, kandidaat).threads(threads).bundel(bundel).maxIds(maxIds);
        } catch (IllegalArgumentException e) {
            io.err().println(e.getMessage());
            return e.getMessage() != null && e.getMessage().startsWith("threads") || e.getMessage().contains("bundelkans")
                    || e.getMessage().contains("maxIds") ? Main.ONGELDIGE_INVOER : Main.REGELSET_FOUT;
        } catch (RuleSetLoadException e) {
            io.err().println(e.getMessage());
            return Main.REGELSET_FOUT;
        }
        try {
            return toon != null ? toon(simulatie) : verslag(simulatie);
        } catch (IOException | UncheckedIOException e) {
            io.err().println(FileProblem.reading(cases, e));
            return Main.ONGELDIGE_INVOER;
        }
    }

    private static Engine laad(RegelsetKeuze keuze) {
        try {
            return keuze.laad();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(keuze.tekst() + ": " + e.getMessage(), e);
        }
    }

    private int verslag(Simulatie simulatie) throws IOException {
        long grootte = cases.equals("-") ? -1 : Files.size(Path.of(cases));
        SimulatieRapport rapport;
        try (InputStream in = open(); Progress progress = new Progress(io.err(), "aanvragen")) {
            long start = System.nanoTime();
            rapport = simulatie.voortgang((regels, bytes) -> progress.toon(voortgang(regels, bytes, grootte, start))).run(in);
        }
        if (out != null) {
            try {
                Files.writeString(out, SimulatiePagina.van(rapport), StandardCharsets.UTF_8);
            } catch (IOException e) {
                io.err().println(FileProblem.writing(out, e));
                return Main.ONGELDIGE_INVOER;
            }
        }
        io.out().print(json ? Json.writePretty(rapport) + "\n" : SimulatieMarkdown.van(rapport));
        io.out().flush();
        return Main.OK;
    }

    /** "12.000 aanvragen, 3.400 per seconde, nog ongeveer 20 seconden" (the time left only when the size is known). */
    static String voortgang(long regels, long bytes, long grootte, long startNanos) {
        double seconden = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
        long perSeconde = Math.round(regels / seconden);
        String tekst = Getallen.aantal(regels) + " aanvragen, " + Getallen.aantal(perSeconde) + " per seconde";
        if (grootte > 0 && bytes > 0 && bytes < grootte) {
            long nog = Math.round(seconden * (grootte - bytes) / bytes);
            tekst += ", nog ongeveer " + Getallen.aantal(nog) + " seconden";
        }
        return tekst;
    }

    private int toon(Simulatie simulatie) throws IOException {
        Optional<Vergelijking> gevonden;
        try (InputStream in = open()) {
            gevonden = simulatie.toon(in, toon);
        } catch (EvaluationException e) {
            io.err().println("Geen advies voor " + toon + ": " + e.getMessage());
            return Main.OK;
        }
        if (gevonden.isEmpty()) {
            io.err().println("Geen geldige aanvraag met id " + toon + " in " + cases + ".");
            return Main.ONGELDIGE_INVOER;
        }
        Vergelijking v = gevonden.get();
        if (json) {
            Map<String, Object> paar = new LinkedHashMap<>();
            paar.put("regel", v.regelnummer());
            paar.put("aanvraagId", v.aanvraag().id());
            paar.put("basis", v.basis());
            paar.put("kandidaat", v.kandidaat());
            io.out().println(Json.writePretty(paar));
            return Main.OK;
        }
        io.out().println("Aanvraag " + v.aanvraag().id() + " (regel " + v.regelnummer() + ")");
        io.out().println();
        String[][] rijen = {
            {"", basis, kandidaat},
            {"regelset", regelset(v.basis()), regelset(v.kandidaat())},
            {"niveau", v.basis().niveau().name(), v.kandidaat().niveau().name()},
            {"spoed", v.basis().spoed() ? "ja" : "nee", v.kandidaat().spoed() ? "ja" : "nee"},
            {"verwijzingen", lijst(v.basis().verwijzingen()), lijst(v.kandidaat().verwijzingen())},
            {"aandachtspunten", lijst(v.basis().aandachtspunten()), lijst(v.kandidaat().aandachtspunten())},
            {"voorzieningen", lijst(codes(v.basis())), lijst(codes(v.kandidaat()))},
            {"regels", lijst(v.basis().regelIds()), lijst(v.kandidaat().regelIds())},
        };
        int[] breedte = new int[3];
        for (String[] rij : rijen) {
            for (int i = 0; i < 3; i++) {
                breedte[i] = Math.max(breedte[i], rij[i].length());
            }
        }
        for (String[] rij : rijen) {
            boolean anders = !rij[0].isEmpty() && !rij[0].equals("regelset") && !rij[1].equals(rij[2]);
            io.out().println((anders ? "* " : "  ") + pad(rij[0], breedte[0]) + "  " + pad(rij[1], breedte[1]) + "  " + rij[2]);
        }
        io.out().println();
        io.out().println("* = anders bij de kandidaat.");
        return Main.OK;
    }

    private static String regelset(Advies a) {
        return a.regelset().versie() + (a.regelset().gemeente() == null ? "" : " + " + a.regelset().gemeente().code());
    }

    private static List<String> codes(Advies a) {
        return a.voorzieningen().stream().map(Voorziening::code).toList();
    }

    private static String lijst(List<String> items) {
        return items.isEmpty() ? "-" : String.join(", ", items);
    }

    private static String pad(String s, int n) {
        return s + " ".repeat(Math.max(0, n - s.length()));
    }

    private InputStream open() throws IOException {
        return cases.equals("-") ? io.in() : new BufferedInputStream(Files.newInputStream(Path.of(cases)));
    }
}
