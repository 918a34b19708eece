// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.afweging.RuleSetLoadException;
import nl.afweging.replay.Coverage;
import nl.afweging.replay.Replay;
import nl.afweging.replay.ReplayCase;
import nl.afweging.replay.RuleSets;
import nl.afweging.replay.Verschil;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code afweging replay PATH}: re-runs fixtures or an audit log and shows every difference. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Speelt fixtures of een auditlog opnieuw af en vergelijkt de uitkomst.",
                "PATH is een map met fixtures, één fixture of een auditlog.",
                "Fixtures gaan door de ingebouwde regelset, of door de eerste van --rules DIR.",
                "Een auditlog: elk record gaat door de regelset die erin staat (gezocht op hash tussen de ingebouwde"
                        + " en de mappen van --rules).",
                "Bij elk verschil staan het geval, het veld (JSON pointer), verwacht en werkelijk, en welke regels anders vuurden.",
                "De laatste regel is 'N passed, N failed'.",
                "Exit 0: alles komt overeen. Exit 1: een verschil."})
final class ReplayCommand implements Callable<Integer> {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Streams io;

    @Parameters(index = "0", paramLabel = "PATH", description = "Een map met fixtures, een fixture of een auditlog (JSON Lines).")
    private Path path;

    @Option(names = "--rules", paramLabel = "DIR", description = {RegelsetOptie.UITLEG,
            "Ook een map met regelsets (bijvoorbeeld elke versie die ooit gold). Mag vaker; fixtures gebruiken de eerste."})
    private List<Path> rules = List.of();

    @Option(names = "--coverage", description = "Toont per regel hoeveel gevallen hem laten vuren, en welke regels geen enkel geval raakt.")
    private boolean coverage;

    @Option(names = "--sleutel", paramLabel = "PUBLIEKE_SLEUTEL", description = {"Auditlog: de publieke sleutel van de schrijver. Eerst"
            + " worden de keten en elke handtekening gecontroleerd. Standaard de eigen sleutel (~/.config/afweging/audit-sleutel.pub)."})
    private Path sleutel;

    @Option(names = "--json", description = "Geeft het verslag als één JSON-object.")
    private boolean json;

    @Option(names = "--threads", paramLabel = "N", description = "Aantal threads (standaard: het aantal processorkernen).")
    private int threads = Runtime.getRuntime().availableProcessors();

    /** The writer's public key for an audit log, or null (then only the chain is checked). */
    private java.security.PublicKey key;

    ReplayCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        RuleSets ruleSets;
        Coverage dekking;
        try {
            ruleSets = RuleSets.of(rules, Engines.cacheFolder());
            dekking = coverage ? new Coverage(ruleSets.primary().regels()) : null;
        } catch (RuleSetLoadException | IllegalArgumentException e) {
            io.err().println(e.getMessage());
            return Main.REGELSET_FOUT;
        }
        try {
            key = Sleutels.voorControle(sleutel);
        } catch (IllegalArgumentException e) {
            io.err().println(e.getMessage());
            return AuditCommand.GEEN_SLEUTEL;
        }
        Report report = json ? new JsonReport() : new TextReport();
        Replay.Summary summary;
        try (Progress progress = new Progress(io.err(), "gevallen afgespeeld")) {
            summary = Replay.with(ruleSets).sleutel(key).threads(threads).progress(progress::update).run(path, c -> {
                if (dekking != null) {
                    dekking.add(c);
                }
                if (!c.isGeslaagd()) {
                    report.failed(c);
                }
            });
        } catch (IllegalArgumentException e) {
            io.err().println(e.getMessage());
            return Main.BEVINDINGEN;
        } catch (RuleSetLoadException e) {
            io.err().println(e.getMessage());
            return Main.REGELSET_FOUT;
        }
        report.end(summary, dekking);
        // Without a key the chain is checked but not the signatures; the report says so.
        boolean proven = summary.auditlog() == null || summary.auditlog().keten().isIntact()
                && (!summary.auditlog().keten().handtekeningenGecontroleerd() || summary.auditlog().keten().isBewezen());
        return summary.mislukt() == 0 && proven ? Main.OK : Main.BEVINDINGEN;
    }

    private interface Report {
        void failed(ReplayCase c);

        void end(Replay.Summary summary, Coverage dekking);
    }

    /** For people: each difference on its own line, under the case; the totals last. */
    private final class TextReport implements Report {
        private final Set<String> shown = new HashSet<>();

        @Override
        public void failed(ReplayCase c) {
            io.out().println("FAIL " + c.naam());
            if (c.melding() != null) {
                io.out().println("  " + (shown.add(c.melding()) ? c.melding() : "(dezelfde melding als hierboven)"));
            }
            for (Verschil v : c.verschillen()) {
                io.out().println("  " + v);
            }
            List<String> anders = new ArrayList<>();
            if (!c.nietMeerGevuurd().isEmpty()) {
                anders.add("niet meer " + list(c.nietMeerGevuurd()));
            }
            if (!c.nieuwGevuurd().isEmpty()) {
                anders.add("nieuw " + list(c.nieuwGevuurd()));
            }
            if (!anders.isEmpty()) {
                io.out().println("  regels anders gevuurd: " + String.join("; ", anders));
            }
        }

        @Override
        public void end(Replay.Summary summary, Coverage dekking) {
            if (dekking != null) {
                io.out().printf("Dekking: %d van %d regels (%.0f %%)%n", dekking.ids().size() - dekking.nietGedekt().size(),
                        dekking.ids().size(), dekking.percentage());
                dekking.ids().forEach(id -> io.out().printf("  %-6s %d%n", id, dekking.perRegel().get(id)));
                io.out().println("Door geen enkel geval gevuurd: " + list(dekking.nietGedekt()));
            }
            if (summary.auditlog() != null) {
                io.out().println(AuditCommand.describe(path, summary.auditlog().keten(), key));
                AuditCommand.print(io, summary.auditlog());
            }
            io.out().println(summary.geslaagd() + " passed, " + summary.mislukt() + " failed");
        }

        private static String list(List<String> ids) {
            return ids.isEmpty() ? "-" : String.join(", ", ids);
        }
    }

    /** For machines: one JSON object, written as the cases come, so a long log needs no more memory. */
    private final class JsonReport implements Report {
        private final JsonGenerator out;

        JsonReport() throws IOException {
            out = MAPPER.getFactory().createGenerator(io.out());
            out.useDefaultPrettyPrinter();
            out.writeStartObject();
            out.writeArrayFieldStart("mislukt");
        }

        @Override
        public void failed(ReplayCase c) {
            write(() -> {
                out.writeStartObject();
                out.writeNumberField("nummer", c.nummer());
                out.writeStringField("naam", c.naam());
                out.writeStringField("status", c.status().name());
                if (c.melding() != null) {
                    out.writeStringField("melding", c.melding());
                }
                out.writeArrayFieldStart("verschillen");
                for (Verschil v : c.verschillen()) {
                    out.writeStartObject();
                    out.writeStringField("pad", v.pad());
                    out.writeFieldName("verwacht");
                    out.writeRawValue(v.verwacht());
                    out.writeFieldName("werkelijk");
                    out.writeRawValue(v.werkelijk());
                    out.writeEndObject();
                }
                out.writeEndArray();
                writeList("nietMeerGevuurd", c.nietMeerGevuurd());
                writeList("nieuwGevuurd", c.nieuwGevuurd());
                out.writeEndObject();
            });
        }

        @Override
        public void end(Replay.Summary summary, Coverage dekking) {
            write(() -> {
                out.writeEndArray();
                if (dekking != null) {
                    out.writeObjectFieldStart("dekking");
                    out.writeNumberField("percentage", dekking.percentage());
                    out.writeObjectFieldStart("perRegel");
                    for (String id : dekking.ids()) {
                        out.writeNumberField(id, dekking.perRegel().get(id));
                    }
                    out.writeEndObject();
                    writeList("nietGedekt", dekking.nietGedekt());
                    out.writeEndObject();
                }
                if (summary.auditlog() != null) {
                    out.writeFieldName("auditlog");
                    out.writeTree(AuditCommand.OverzichtCommand.asJson(summary.auditlog()));
                }
                out.writeNumberField("passed", summary.geslaagd());
                out.writeNumberField("failed", summary.mislukt());
                out.writeEndObject();
                out.flush();
                io.out().println();
            });
        }

        private void writeList(String field, List<String> values) throws IOException {
            out.writeArrayFieldStart(field);
            for (String v : values) {
                out.writeString(v);
            }
            out.writeEndArray();
        }

        private void write(IoAction action) {
            try {
                action.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }
}
