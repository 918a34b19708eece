package nl.afweging.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.afweging.AuditLogException;
import nl.afweging.Engine;
import nl.afweging.Fout;
import nl.afweging.InvalidAanvraagException;
import nl.afweging.Json;
import nl.afweging.RuleSetLoadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code afweging decide}: one aanvraag in, its advies out (or one a line with {@code --jsonl}). */
@Command(name = "decide", mixinStandardHelpOptions = true,
        description = {"Geeft het advies voor een aanvraag (JSON) op stdout.",
                "Exit 0: advies gegeven; 2: ongeldige aanvraag (alle fouten op stderr); 3: regelset niet te laden;",
                "4: het auditrecord kon niet worden geschreven (dan is er geen advies gegeven)."})
final class DecideCommand implements Callable<Integer> {
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    @Parameters(index = "0", paramLabel = "FILE", description = "Het bestand met de aanvraag, of - voor stdin.")
    private String file;

    @Option(names = "--rules", paramLabel = "DIR", description = "Gebruik de regelset in deze map (bijvoorbeeld een kopie van rules/).")
    private Path rules;

    @Option(names = "--audit", paramLabel = "FILE", description = "Voegt per advies een auditrecord toe aan dit log (JSON Lines, hashketen).")
    private Path audit;

    @Option(names = "--jsonl", description = "Batch: één aanvraag per regel in, één compacte regel per aanvraag uit, in dezelfde volgorde.")
    private boolean jsonl;

    DecideCommand(Streams streams) {
        this.in = streams.in();
        this.out = streams.out();
        this.err = streams.err();
    }

    @Override
    public Integer call() {
        Engine engine;
        try {
            engine = Engines.load(rules, audit);
        } catch (RuleSetLoadException e) {
            err.println(e.getMessage());
            return Main.REGELSET_FOUT;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return Main.REGELSET_FOUT;
        }
        try {
            return jsonl ? batch(engine) : single(engine);
        } catch (IOException e) {
            err.println("Kan " + file + " niet lezen: " + e.getMessage());
            return Main.ONGELDIGE_AANVRAAG;
        } catch (IllegalStateException e) {
            err.println(e.getMessage());
            return Main.REGELSET_FOUT;
        } catch (AuditLogException e) {
            err.println(e.getMessage());
            return Main.AUDIT_FOUT;
        }
    }

    private int single(Engine engine) throws IOException {
        String json = "-".equals(file) ? new String(in.readAllBytes(), StandardCharsets.UTF_8) : Files.readString(Path.of(file));
        try {
            out.println(Json.writePretty(engine.evaluate(json)));
            return Main.OK;
        } catch (InvalidAanvraagException e) {
            err.println(e.getMessage());
            return Main.ONGELDIGE_AANVRAAG;
        }
    }

    /** Streams line by line, so a file of any length needs the memory of one line. */
    private int batch(Engine engine) throws IOException {
        InputStream source = "-".equals(file) ? in : Files.newInputStream(Path.of(file));
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(source, StandardCharsets.UTF_8))) {
            String line;
            long number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.println(engine.evaluateToJson(line));
                } catch (InvalidAanvraagException e) {
                    out.println(Json.write(ongeldig(number, e.fouten())));
                }
            }
        }
        out.flush();
        return Main.OK;
    }

    private static Map<String, Object> ongeldig(long regel, List<Fout> fouten) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("regel", regel);
        result.put("fouten", fouten.stream().map(f -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("pad", f.pad());
            m.put("gevonden", f.gevonden());
            m.put("toegestaan", f.toegestaan());
            return m;
        }).toList());
        return result;
    }
}
