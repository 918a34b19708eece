package nl.afweging.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import nl.afweging.Engine;
import nl.afweging.RuleSetLoadException;
import nl.afweging.service.Service;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code afweging serve [--port N] [--rules DIR]}: the HTTP service (issue 13, first part), until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start de webdienst die adviezen geeft over HTTP.",
                "POST /api/v1/adviezen met een aanvraag (JSON) geeft het advies. GET /health/live en /health/ready"
                        + " zeggen of de dienst draait en of de regelset geladen is.",
                "Er is nog geen toegangscontrole. Daarom luistert de dienst alleen op 127.0.0.1 (deze computer)."
                        + " Stel hem niet open voor anderen.",
                "De dienst draait tot u hem stopt (Ctrl+C).",
                "Exit 2: de poort is ongeldig of al in gebruik. Exit 3: de regelset is niet te laden."})
final class ServeCommand implements Callable<Integer> {
    private final Streams io;

    @Mixin
    private RegelsetOptie regelset;

    @Option(names = "--port", paramLabel = "POORT", description = "Luister op deze poort (standaard 8080; 0 kiest een vrije poort).")
    private int port = 8080;

    ServeCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            io.err().println("--port moet van 0 tot en met 65535 zijn, niet " + port + ".");
            return Main.ONGELDIGE_INVOER;
        }
        // Listening before the rules are loaded: /health/live answers at once, /health/ready once they are.
        CompletableFuture<Engine> loading = new CompletableFuture<>();
        Service service;
        try {
            service = Service.start(loading, port);
        } catch (IllegalStateException e) {
            io.err().println(e.getMessage());
            return Main.ONGELDIGE_INVOER;
        }
        try {
            loading.complete(Engines.load(regelset.map(), null));
        } catch (RuleSetLoadException | IllegalArgumentException e) {
            service.stop();
            io.err().println(e.getMessage());
            return Main.REGELSET_FOUT;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(service::stop, "afweging-serve-stop"));
        io.err().println("afweging luistert op http://localhost:" + service.port());
        // Runs until the process is stopped; the shutdown hook lets requests under way finish.
        new CountDownLatch(1).await();
        return Main.OK;
    }
}
