// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.afweging.audit.AuditLog;
import nl.afweging.AuditLogException;
import nl.afweging.Engine;
import nl.afweging.EvaluationException;
import nl.afweging.InvalidAanvraagException;
import nl.afweging.Json;
import nl.afweging.RuleSetLoadException;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Advies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code afweging decide}: one aanvraag in, its advies out (or one a line with {@code --jsonl}). */
@Command(name = "decide", mixinStandardHelpOptions = true,
        description = {"Geeft het advies voor een aanvraag.",
                "Het advies staat als JSON op stdout. Met --tekst staat het er als tekst om te lezen.",
                "Met --jsonl: één aanvraag per regel in, één regel JSON per aanvraag uit.",
                "Exit 0: advies gegeven. Exit 2: ongeldige aanvraag (alle fouten op stderr). Exit 3: regelset niet te laden."
                        + " Exit 4: het auditrecord kon niet worden geschreven (dan is er geen advies gegeven)."
                        + " Exit 5: de regelset faalde bij deze aanvraag (een regel gaf een fout, of het niveau bleef open); geen advies."})
final class DecideCommand implements Callable<Integer> {
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    @Parameters(index = "0", paramLabel = "FILE", description = "Het bestand met de aanvraag, of - voor stdin.")
    private String file;

    @Mixin
    private RegelsetOptie regelset;

    @Option(names = "--tekst", description = "Geeft het advies als tekst om te lezen, in plaats van JSON. Niet samen met --jsonl.")
    private boolean tekst;

    @Option(names = "--audit", paramLabel = "FILE", description = {"Voegt per advies een ondertekend auditrecord toe aan dit log (JSON Lines, hashketen)."
            + " Met --jsonl staat elk record op schijf voordat zijn uitvoerregel wordt geschreven."})
    private Path audit;

    @Option(names = "--sleutel", paramLabel = "FILE", description = "Met --audit: onderteken met deze sleutel (standaard de eigen sleutel in"
            + " ~/.config/afweging/audit-sleutel, die bij het eerste gebruik wordt gemaakt).")
    private Path sleutel;

    @Option(names = "--jsonl", description = "Batch: één aanvraag per regel in, één compacte regel per aanvraag uit, in dezelfde volgorde.")
    private boolean jsonl;

    @Option(names = "--threads", paramLabel = "N", description = "Met --jsonl: aantal threads, 1 tot 4 per processorkern (standaard: het aantal processorkernen).")
    private int threads = Runtime.getRuntime().availableProcessors();

    DecideCommand(Streams streams) {
        this.in = streams.in();
        this.out = streams.out();
        this.err = streams.err();
    }

    @Override
    public Integer call() {
        if (tekst && jsonl) {
            // Text is for one person reading one advice; a batch is read by a program, line by line.
            err.println("--tekst en --jsonl gaan niet samen: --tekst is voor één advies om te lezen, --jsonl geeft JSON per regel.");
            return Main.ONGELDIGE_INVOER;
        }
        if (threads < 1 || threads > Engine.maxThreads()) {
            err.println("--threads moet van 1 tot en met " + Engine.maxThreads() + " zijn (4 per processorkern), niet " + threads);
            return Main.ONGELDIGE_INVOER;
        }
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
        // One aanvraag is read before the rules: then only the rules it runs on are loaded (Engine.Builder.onlyFor).
        Aanvraag aanvraag = null;
        if (!jsonl) {
            try (InputStream source = "-".equals(file) ? nonClosing(in) : Files.newInputStream(Path.of(file))) {
                aanvraag = Json.readAanvraag(source);
            } catch (InvalidAanvraagException e) {
                err.println(e.getMessage());
                return Main.ONGELDIGE_AANVRAAG;
            } catch (IOException e) {
                err.println(FileProblem.reading(file, e));
                return Main.ONGELDIGE_AANVRAAG;
            }
        }
        Engine engine;
        try {
            engine = Engines.load(regelset.map(), auditLog, aanvraag);
        } catch (RuleSetLoadException e) {
            err.println(e.getMessage());
            return Main.REGELSET_FOUT;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return Main.REGELSET_FOUT;
        }
        try {
            return jsonl ? batch(engine) : single(engine, aanvraag);
        } catch (IOException e) {
            err.println(FileProblem.reading(file, e));
            return Main.ONGELDIGE_AANVRAAG;
        } catch (EvaluationException e) {
            err.println(e.getMessage());
            return Main.EVALUATIE_FOUT;
        } catch (AuditLogException e) {
            err.println(e.getMessage());
            return Main.AUDIT_FOUT;
        }
    }

    /**
     * Advises on the aanvraag read from the file or stdin, read as the library reads any aanvraag: at most 64 KiB
     * (a longer input is refused without reading the rest), strict UTF-8, no byte order mark.
     */
    private int single(Engine engine, Aanvraag aanvraag) {
        try {
            Advies advies = engine.evaluate(aanvraag);
            out.println(tekst ? AdviesTekst.van(advies) : Json.writePretty(advies));
            return Main.OK;
        } catch (InvalidAanvraagException e) {
            err.println(e.getMessage());
            return Main.ONGELDIGE_AANVRAAG;
        }
    }

    private static InputStream nonClosing(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // stdin belongs to the caller
            }
        };
    }

    /**
     * Streams through the engine's batch call: lines are read as the workers ask for them and written as soon as
     * every earlier line is done, on every core, in input order (the audit records too).
     */
    private int batch(Engine engine) throws IOException {
        InputStream source = "-".equals(file) ? in : Files.newInputStream(Path.of(file));
        // Buffered, and flushed per line only when the input may be a person or a pipe waiting for answers.
        PrintStream sink = "-".equals(file) ? out : new PrintStream(new BufferedOutputStream(out, 1 << 16), false, StandardCharsets.UTF_8);
        // Bytes, not a Reader: each line is decoded strictly by itself, so a line that is no UTF-8 is that line's error.
        try (InputStream lines = "-".equals(file) ? nonClosing(source) : source) {
            engine.evaluateLines(lines, threads, line -> sink.println(line.json()));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            sink.flush();
        }
        return Main.OK;
    }
}
