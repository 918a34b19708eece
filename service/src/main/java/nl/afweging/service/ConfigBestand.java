// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configuration in force, read again whenever its file changes, so a key can be added, rotated or withdrawn
 * without a restart. A changed file with any problem is not used: the keys in force stay, and the problems are logged
 * (they name paths in the file, never a key).
 */
final class ConfigBestand implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConfigBestand.class);

    private final Path file;
    private volatile DienstConfig config;
    private volatile Stempel gelezen;
    private final ScheduledExecutorService kijker;

    /** When and how large the file was when read: a change in either means read it again. */
    private record Stempel(FileTime gewijzigd, long grootte, Object sleutel) {}

    private ConfigBestand(Path file, DienstConfig config, Stempel gelezen, boolean kijken) {
        this.file = file;
        this.config = config;
        this.gelezen = gelezen;
        if (kijken) {
            kijker = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "afweging-config");
                thread.setDaemon(true);
                return thread;
            });
            kijker.scheduleWithFixedDelay(this::kijk, 1, 1, TimeUnit.SECONDS);
        } else {
            kijker = null;
        }
    }

    /** The file's configuration, watched for changes; throws {@link DienstConfig.Ongeldig} when it cannot be used. */
    static ConfigBestand lees(Path file) {
        Stempel stempel = stempel(file);
        return new ConfigBestand(file, DienstConfig.lees(file), stempel, true);
    }

    /** A configuration without a file: it never changes. */
    static ConfigBestand vast(DienstConfig config) {
        return new ConfigBestand(null, config, null, false);
    }

    DienstConfig huidig() {
        return config;
    }

    /** Reads the file again now if it changed; true when a new configuration is in force. */
    boolean kijk() {
        if (file == null) {
            return false;
        }
        Stempel nu;
        try {
            nu = stempel(file);
        } catch (IllegalStateException e) {
            LOG.warn("Configuratie {} is niet te lezen; de sleutels die golden blijven gelden.", file);
            return false;
        }
        if (nu.equals(gelezen)) {
            return false;
        }
        gelezen = nu;
        try {
            DienstConfig nieuw = DienstConfig.lees(file);
            config = nieuw;
            LOG.info("Configuratie {} opnieuw gelezen: {} sleutels.", file, nieuw.sleutels().size());
            return true;
        } catch (DienstConfig.Ongeldig e) {
            LOG.warn("{}\nDe sleutels en limieten die golden blijven gelden.", e.getMessage());
            return false;
        }
    }

    private static Stempel stempel(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stempel(attributes.lastModifiedTime(), attributes.size(), Objects.requireNonNullElse(attributes.fileKey(), ""));
        } catch (IOException e) {
            throw new IllegalStateException("Configuratie " + file + " is niet te lezen: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (kijker != null) {
            kijker.shutdownNow();
        }
    }
}
