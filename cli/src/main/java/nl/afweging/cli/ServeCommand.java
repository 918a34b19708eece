// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import nl.afweging.audit.AuditLog;
import nl.afweging.AuditLogException;
import nl.afweging.service.Service;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code afweging serve [--port N] [--rules DIR] [--audit LOG] [--config FILE]}: the HTTP service, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start de webdienst: de REST-API /api/v1 (adviezen, besluiten, regelsets), /metrics, /health/live en"
                        + " /health/ready, en de proefomgeving op /.",
                "Elke aanroep behalve health en de proefomgeving vraagt een sleutel: Authorization: Bearer SLEUTEL."
                        + " Zonder --config maakt de dienst bij de start één sleutel per rol (adviseur, beheerder, auditor) en"
                        + " toont elke sleutel één keer op stderr, als 'sleutel ROL: SLEUTEL'. Met --config gelden de sleutels uit"
                        + " dat bestand (als hash; een nieuwe maakt u met 'afweging sleutel'); een gewijzigd bestand wordt binnen"
                        + " een seconde opnieuw gelezen.",
                "Zonder adres in --config luistert de dienst alleen op 127.0.0.1 (deze computer).",
                "De dienst draait tot u hem stopt (Ctrl+C).",
                "Exit 2: de poort, het auditlog of de configuratie is ongeldig. Exit 3: de regelset is niet te laden."})
final class ServeCommand implements java.util.concurrent.Callable<Integer> {
    private final Streams io;

    @Mixin
    private RegelsetOptie regelset;

    @Option(names = "--port", paramLabel = "POORT", description = "Luister op deze poort (standaard 8080; 0 kiest een vrije poort).")
    private int port = 8080;

    @Option(names = "--config", paramLabel = "FILE", description = "Het configuratiebestand (JSON): sleutels als hash met hun rollen,"
            + " limieten, adres, CORS en TLS. Zie de README, 'De webdienst'.")
    private Path config;

    @Option(names = "--audit", paramLabel = "FILE", description = "Schrijf per advies een ondertekend auditrecord in dit log, vóór"
            + " het antwoord; besluiten (POST /api/v1/besluiten) komen in hetzelfde log.")
    private Path audit;

    @Option(names = "--sleutel", paramLabel = "FILE", description = "Met --audit: onderteken met deze sleutel (standaard de eigen"
            + " sleutel in ~/.config/afweging/audit-sleutel).")
    private Path sleutel;

    @Option(names = "--volg", description = "Herlaad de regels vanzelf zodra de regelmap (--rules) verandert, na 2 seconden"
            + " stilte. Regels die niet laden vervangen niets: de oude blijven gelden. Zonder --volg: alleen op"
            + " POST /api/v1/regelsets/herladen.")
    private boolean volg;

    ServeCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            io.err().println("--port moet van 0 tot en met 65535 zijn, niet " + port + ".");
            return Main.ONGELDIGE_INVOER;
        }
        AuditLog log;
        try {
            log = audit == null ? null : AuditLog.at(audit, Sleutels.voorSchrijven(sleutel, io.err()));
            if (log != null) {
                log.laatste();
            }
        } catch (AuditLogException | IllegalArgumentException | java.io.UncheckedIOException e) {
            io.err().println("Auditlog " + audit + ": " + e.getMessage());
            return Main.ONGELDIGE_INVOER;
        }
        if (volg && regelset.map() == null) {
            io.err().println("--volg volgt een regelmap: geef ook --rules MAP.");
            return Main.ONGELDIGE_INVOER;
        }
        Service service;
        try {
            // Listening before the rules are loaded: /health/live answers at once, /health/ready once they are.
            Service.Builder builder = Service.builder().rules(regelset.map()).cache(Engines.cacheFolder()).audit(log)
                    .config(config).port(port).meldingen(io.err());
            service = (volg ? builder.volg(java.time.Duration.ofSeconds(2)) : builder).start();
        } catch (IllegalStateException | IllegalArgumentException e) {
            io.err().println(e.getMessage());
            return Main.ONGELDIGE_INVOER;
        }
        try {
            service.loaded().toCompletableFuture().join();
        } catch (CompletionException e) {
            service.stop();
            io.err().println(e.getCause().getMessage());
            return Main.REGELSET_FOUT;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(service::stop, "afweging-serve-stop"));
        io.err().println("afweging luistert op http://localhost:" + service.port() + " (proefomgeving: http://localhost:"
                + service.port() + "/)");
        // Runs until the process is stopped; the shutdown hook lets requests under way finish.
        new CountDownLatch(1).await();
        return Main.OK;
    }
}
