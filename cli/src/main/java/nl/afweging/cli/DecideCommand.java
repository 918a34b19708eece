package nl.afweging.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.afweging.AuditLog;
import nl.afweging.AuditLogException;
import nl.afweging.Engine;
import nl.afweging.EvaluationException;
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
                "4: het auditrecord kon niet worden geschreven (dan is er geen advies gegeven);",
                "5: de regelset faalde bij deze aanvraag (een regel gaf een fout, of het niveau bleef open); geen advies."})
final class DecideCommand implements Callable<Integer> {
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    @Parameters(index = "0", paramLabel = "FILE", description = "Het bestand met de aanvraag, of - voor stdin.")
    private String file;

    @Option(names = "--rules", paramLabel = "DIR", description = "Gebruik de regelset in deze map (bijvoorbeeld een kopie van rules/).")
    private Path rules;

    @Option(names = "--audit", paramLabel = "FILE", description = {"Voegt per advies een ondertekend auditrecord toe aan dit log (JSON Lines, hashketen).",
            "Met --jsonl staat elk record op schijf voordat zijn uitvoerregel wordt geschreven."})
    private Path audit;

    @Option(names = "--sleutel", paramLabel = "FILE", description = {"Met --audit: onderteken met deze sleutel (standaard de eigen sleutel in",
            "~/.config/afweging/audit-sleutel, die bij het eerste gebruik wordt gemaakt)."})
    private Path sleutel;

    @Option(names = "--jsonl", description = "Batch: één aanvraag per regel in, één compacte regel per aanvraag uit, in dezelfde volgorde.")
    private boolean jsonl;

    @Option(names = "--threads", paramLabel = "N", description = "Met --jsonl: aantal threads (standaard: het aantal processorkernen).")
    private int threads = Runtime.getRuntime().availableProcessors();

    DecideCommand(Streams streams) {
        this.in = streams.in();
        this.out = streams.out();
        this.err = streams.err();
    }

    @Override
    public Integer call() {
        AuditLog auditLog;
        try {
            auditLog = audit == null ? null : AuditLog.at(audit, Sleutels.voorSchrijven(sleutel, err));
            if (auditLog != null && jsonl) {
                // After a crash this says where the records of this run begin: see the README, "A batch with --audit".
                err.println("Auditlog " + audit + ": de records van deze run volgen op record " + auditLog.laatste().volgnummer() + ".");
            }
        } catch (AuditLogException | IllegalArgumentException | java.io.UncheckedIOException e) {
            err.println(e.getMessage());
            return Main.AUDIT_FOUT;
        }
        Engine engine;
        try {
            engine = Engines.load(rules, auditLog);
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
        } catch (EvaluationException e) {
            err.println(e.getMessage());
            return Main.EVALUATIE_FOUT;
        } catch (IllegalStateException e) {
            // Not a failing rule but the engine itself (e.g. a null inside a list, see the hostile-input issue).
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

    /**
     * Streams through the engine's batch call: lines are read as the workers ask for them and written as soon as
     * every earlier line is done, on every core, in input order (the audit records too).
     */
    private int batch(Engine engine) throws IOException {
        InputStream source = "-".equals(file) ? in : Files.newInputStream(Path.of(file));
        // Buffered, and flushed per line only when the input may be a person or a pipe waiting for answers.
        PrintStream sink = "-".equals(file) ? out : new PrintStream(new BufferedOutputStream(out, 1 << 16), false, StandardCharsets.UTF_8);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(source, StandardCharsets.UTF_8))) {
            engine.evaluateLines(reader, threads, line -> sink.println(line.json()));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            sink.flush();
        }
        return Main.OK;
    }
}
