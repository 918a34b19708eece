// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import io.javalin.Javalin;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import nl.afweging.audit.AuditLog;
import nl.afweging.Engine;
import nl.afweging.docs.RuleSetDocs;
import org.slf4j.LoggerFactory;

/**
 * The afweging engine as an HTTP service (the REST API {@code /api/v1}, health, metrics and the proefomgeving page).
 * It listens at once and loads the rules in the background: {@code /health/live} answers from the start,
 * {@code /health/ready} and the API once the rules are loaded.
 *
 * <p>Every route but health and the page needs an API key ({@code Authorization: Bearer <key>}) with the right role.
 * With a configuration file the keys are the ones it names by hash (read again when the file changes); without one, a
 * key per role is made at start and printed once, as {@code sleutel ROL: KEY}, on {@link Builder#meldingen}.
 *
 * <pre>{@code
 * try (Service service = Service.builder().rules(Path.of("rules")).config(Path.of("dienst.json")).port(8080).start()) {
 *     service.loaded().toCompletableFuture().join();   // optional: wait until it advises
 *     ...
 * }
 * }</pre>
 */
public final class Service implements AutoCloseable {
    private final Javalin app;
    private final Regels regels;
    private final ConfigBestand config;

    private Service(Javalin app, Regels regels, ConfigBestand config) {
        this.app = app;
        this.regels = regels;
        this.config = config;
    }

    /**
     * A builder with the defaults: the built-in afwegingskader, port 8080, no audit log, a key per role made at start.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures and starts a {@link Service}. */
    public static final class Builder {
        private Path rules;
        private Path cache;
        private AuditLog audit;
        private Path config;
        private int port = 8080;
        private PrintStream meldingen = System.err;
        private java.util.function.Supplier<Engine.Builder> laden;
        private Duration stilte;

        private Builder() {}

        /** For tests: load (and reload) the engine with this builder instead of one from {@link #rules} and {@link #cache}. */
        Builder laden(java.util.function.Supplier<Engine.Builder> engine) {
            this.laden = engine;
            return this;
        }

        /**
         * Also reload by itself when the {@link #rules} folder changes, once it has been quiet for {@code stilte} (an
         * editor writes a file in steps). Without it, rules are reloaded only on {@code POST
         * /api/v1/regelsets/herladen}.
         *
         * @param stilte how long the folder must be unchanged before a reload
         * @return this builder
         */
        public Builder volg(Duration stilte) {
            this.stilte = Objects.requireNonNull(stilte, "stilte");
            return this;
        }

        /**
         * The rules folder (see {@link Engine.Builder#rules}); without it, the default afwegingskader. Reloads read it
         * again.
         *
         * @param folder a folder laid out as {@code rules/}
         * @return this builder
         */
        public Builder rules(Path folder) {
            this.rules = folder;
            return this;
        }

        /**
         * The compiled-rules cache (see {@link Engine.Builder#cache}), so a start or reload of unchanged rules takes a
         * fraction of a second.
         *
         * @param folder where compiled rule sets are kept
         * @return this builder
         */
        public Builder cache(Path folder) {
            this.cache = folder;
            return this;
        }

        /**
         * Writes an audit record of every advice before it is answered, and records professionals' decisions
         * ({@code POST /api/v1/besluiten}) in the same log. Without it, the service advises without records and refuses
         * decisions.
         *
         * @param log the signed audit log to append to
         * @return this builder
         */
        public Builder audit(AuditLog log) {
            this.audit = log;
            return this;
        }

        /**
         * The configuration file: API keys (as hashes) and their roles, limits, address, CORS and TLS (see the README).
         * Throws {@link IllegalArgumentException} at {@link #start()} listing every problem when it cannot be used.
         *
         * @param file the configuration file (JSON)
         * @return this builder
         */
        public Builder config(Path file) {
            this.config = file;
            return this;
        }

        /**
         * The port (default 8080; 0 chooses a free one, see {@link Service#port()}).
         *
         * @param port a TCP port, or 0
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("de poort moet van 0 tot en met 65535 zijn, niet " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * Where keys made at start are printed, once each (default: standard error). Never a log.
         *
         * @param out the stream for the keys
         * @return this builder
         */
        public Builder meldingen(PrintStream out) {
            this.meldingen = Objects.requireNonNull(out, "meldingen");
            return this;
        }

        /**
         * Starts listening and begins loading the rules on a thread of its own. Throws {@link IllegalStateException}
         * when the port cannot be used, {@link IllegalArgumentException} when the configuration file cannot.
         *
         * @return the running service; close it to stop it
         */
        public Service start() {
            ConfigBestand bestand = config == null
                    ? ConfigBestand.vast(DienstConfig.zonderBestand(ApiSleutels.genereer(meldingen)))
                    : ConfigBestand.lees(config);
            Path folder = rules;
            Path compiled = cache;
            AuditLog log = audit;
            if (stilte != null && folder == null) {
                throw new IllegalArgumentException("volgen kan alleen met een regelmap (rules): de ingebouwde regels veranderen niet");
            }
            Regels regels = new Regels(laden != null ? laden : () -> {
                // Without the log: the service writes each record itself, to answer with its hash.
                Engine.Builder builder = Engine.builder().cache(compiled);
                return folder == null ? builder : builder.rules(folder);
            });
            if (stilte != null) {
                regels.volg(folder, stilte);
            }
            Documentatie documentatie = new Documentatie((versie, gemeente) -> folder == null
                    ? RuleSetDocs.ofDefault(versie, gemeente) : RuleSetDocs.of(folder, versie, gemeente));
            DienstConfig begin = bestand.huidig();
            Javalin app = Routes.app(new Routes.Onderdelen(regels, bestand::huidig, log, documentatie, new Metingen()), begin, port);
            try {
                app.start(begin.adres(), port);
            } catch (RuntimeException e) {
                app.stop();
                bestand.close();
                throw new IllegalStateException("Poort " + port + " op " + begin.adres() + " is niet te gebruiken: " + e.getMessage(), e);
            }
            if (begin.tls() == null && !java.net.InetAddress.getLoopbackAddress().getHostAddress().equals(begin.adres())
                    && !"localhost".equals(begin.adres())) {
                LoggerFactory.getLogger(Service.class).warn("De dienst luistert op {} zonder TLS: sleutels en aanvragen gaan"
                        + " onversleuteld over het netwerk. Zet tls in de configuratie, of laat een proxy TLS afhandelen.", begin.adres());
            }
            Thread lader = new Thread(regels::laad, "afweging-laden");
            lader.setDaemon(true);
            lader.start();
            return new Service(app, regels, bestand);
        }
    }

    /**
     * A new API key (for {@code afweging sleutel}): 32 random bytes, written {@code afw_} and base64url. Give it to the
     * system that calls the service; put only its {@link #sleutelHash} in the configuration file.
     *
     * @return the new key
     */
    public static String nieuweSleutel() {
        return ApiSleutels.nieuweSleutel();
    }

    /**
     * How a key is written in the configuration file: {@code sha256:} and the hex SHA-256 of the key.
     *
     * @param sleutel an API key
     * @return its hash as the configuration file holds it
     */
    public static String sleutelHash(String sleutel) {
        return ApiSleutels.hash(sleutel);
    }

    /**
     * Completes when the rules are loaded and the service advises; completes exceptionally (with
     * {@link nl.afweging.RuleSetLoadException} naming every problem) when the first load fails: the service then
     * stays alive but never ready.
     *
     * @return a stage that completes once the service advises
     */
    public CompletionStage<Void> loaded() {
        return regels.geladen().thenApply(engine -> null);
    }

    /**
     * The port it listens on (the free one chosen when started on port 0).
     *
     * @return the port
     */
    public int port() {
        return app.port();
    }

    /** Stops listening; requests under way are finished first. */
    public void stop() {
        app.stop();
        config.close();
        regels.close();
    }

    /** The same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }
}
