// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.afweging.Json;
import nl.afweging.RuleSetCheck;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.Regelset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code afweging validate [--rules DIR]}: checks a rule set before it goes live. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Controleert een regelset voordat die in gebruik gaat.",
                "Er vuurt geen regel. Gemeld worden: compileerfouten, regels zonder id, naam, grondslag of uitleg,"
                        + " dubbele ids, parameterwaarden die geen geheel getal zijn, regels die zichzelf steeds opnieuw"
                        + " kunnen laten vuren, en voor beslistabellen met een HitPolicy elk gat en elke overlap, met een voorbeeld.",
                "Zonder --rules: de regelset die in afweging is ingebouwd.",
                "Exit 0: geen bevindingen. Exit 1: bevindingen."})
final class ValidateCommand implements Callable<Integer> {
    private final Streams io;

    @Mixin
    private RegelsetOptieOfMap regelset;

    @Option(names = "--bekend", paramLabel = "PAD", description = {"Een auditlog, een bewaard advies of een map daarmee."
            + " Een versie die veranderd is maar de naam en versie houdt van een andere hash in dit bestand, is een bevinding."
            + " Mag vaker."})
    private List<Path> bekend = new java.util.ArrayList<>();

    @Option(names = "--json", description = "Geeft het verslag als één JSON-object; elke bevinding met een vaste code (zoals TABEL_GAT).")
    private boolean json;

    ValidateCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        Path folder = regelset.map();
        if (folder != null && !Files.isDirectory(folder)) {
            io.err().println("Geen map met regels: " + folder);
            return Main.BEVINDINGEN;
        }
        for (Path pad : bekend) {
            if (!Files.exists(pad)) {
                io.err().println("--bekend " + pad + " bestaat niet.");
                return Main.ONGELDIGE_INVOER;
            }
        }
        // With the cache decide uses: a check compiles what decide would, and a later decide (or check) finds it there.
        Path cache = Engines.cacheFolder();
        RuleSetCheck.Result result = folder == null ? RuleSetCheck.checkDefault(bekend, cache) : RuleSetCheck.check(folder, bekend, cache);
        if (json) {
            io.out().println(Json.writePretty(report(result)));
        } else {
            result.bevindingen().forEach(io.out()::println);
            io.out().println(summary(result));
        }
        return result.isSchoon() ? Main.OK : Main.BEVINDINGEN;
    }

    private static String summary(RuleSetCheck.Result result) {
        String name = result.regelsets().isEmpty() ? result.bron() : "Regelset " + geladen(result.regelsets()) + " (" + result.bron() + ")";
        int n = result.bevindingen().size();
        return name + ": " + (n == 0 ? "geen bevindingen." : n + (n == 1 ? " bevinding." : " bevindingen."));
    }

    /** {@code afwegingskader-standaard 2026.1 en 2027.1, elk ook met gemeente 1728} (a, b en c for three). */
    private static String geladen(List<Regelset> regelsets) {
        List<Regelset> versies = regelsets.stream().filter(r -> r.gemeente() == null).toList();
        List<String> gemeenten = regelsets.stream().filter(r -> r.gemeente() != null).map(r -> r.gemeente().code()).distinct().sorted().toList();
        String namen = versies.isEmpty() ? "" : versies.get(0).naam() + " " + opsomming(versies.stream().map(Regelset::versie).toList());
        return namen + (gemeenten.isEmpty() ? "" : (versies.size() > 1 ? ", elk ook" : ", ook") + " met gemeente " + opsomming(gemeenten));
    }

    /** {@code a}, {@code a en b}, {@code a, b en c}. */
    private static String opsomming(List<String> delen) {
        return delen.size() < 2 ? String.join("", delen)
                : String.join(", ", delen.subList(0, delen.size() - 1)) + " en " + delen.get(delen.size() - 1);
    }

    private static Map<String, Object> report(RuleSetCheck.Result result) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("bron", result.bron());
        report.put("regelset", result.regelset());
        report.put("regelsets", result.regelsets());
        List<Map<String, Object>> findings = result.bevindingen().stream().map(ValidateCommand::finding).toList();
        report.put("bevindingen", findings);
        return report;
    }

    private static Map<String, Object> finding(LoadProblem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", p.code());
        m.put("plaats", p.plaats());
        m.put("bestand", p.bestand());
        m.put("regelnummer", p.regelnummer());
        m.put("kolom", p.kolom());
        m.put("melding", p.melding());
        return m;
    }
}
