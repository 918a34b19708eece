// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a folder and every folder under it, and runs an action once the tree has been quiet for a while after a
 * change. Editors and copies write a file in several steps (a temporary file, a rename, the next file), so acting on
 * the first event would read half a change; waiting for quiet reads it whole. One daemon thread; {@link #close()}
 * stops it.
 */
public final class FolderWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FolderWatch.class);

    private final Path root;
    private final long quietNanos;
    private final Runnable action;
    private final WatchService service;
    private final Thread thread;
    private volatile boolean closed;

    private FolderWatch(Path root, Duration quiet, Runnable action) throws IOException {
        this.root = root;
        this.quietNanos = quiet.toNanos();
        this.action = action;
        this.service = root.getFileSystem().newWatchService();
        registerTree();
        this.thread = new Thread(this::run, "afweging-regels-bewaken");
        thread.setDaemon(true);
    }

    /**
     * Starts watching {@code root} (a folder that exists) and its subfolders, new ones included; {@code action} runs on
     * the watching thread once nothing changed for {@code quiet} after a change. What the action throws is logged and
     * the watching goes on.
     */
    public static FolderWatch start(Path root, Duration quiet, Runnable action) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("Geen map om te bewaken: " + root);
        }
        if (quiet.isNegative()) {
            throw new IllegalArgumentException("De stilte mag niet negatief zijn: " + quiet);
        }
        try {
            FolderWatch watch = new FolderWatch(root, quiet, action);
            watch.thread.start();
            return watch;
        } catch (IOException e) {
            throw new UncheckedIOException("Kan de map " + root + " niet bewaken", e);
        }
    }

    private void run() {
        long lastChange = 0;
        boolean pending = false;
        try {
            while (!closed) {
                WatchKey key = pending ? service.poll(Math.max(1, quietNanos - (System.nanoTime() - lastChange)), TimeUnit.NANOSECONDS)
                        : service.take();
                if (key != null) {
                    // Every event counts as a change; which file it was does not matter, the whole folder is read again.
                    key.pollEvents();
                    key.reset();
                    // A folder made since (a new version, a new gemeente) is watched too; registering twice is harmless.
                    registerTree();
                    lastChange = System.nanoTime();
                    pending = true;
                } else if (System.nanoTime() - lastChange >= quietNanos) {
                    pending = false;
                    runAction();
                }
            }
        } catch (ClosedWatchServiceException e) {
            // close(): stop
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void runAction() {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.warn("Herladen na een wijziging in {} mislukte", root, e);
        }
    }

    private void registerTree() {
        try (Stream<Path> folders = Files.walk(root)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            }
        } catch (IOException | UncheckedIOException e) {
            // A folder removed while walking: its parent's event comes next, and the tree is walked again then.
            LOG.debug("Niet elke map onder {} kon worden bewaakt: {}", root, e.toString());
        } catch (ClosedWatchServiceException e) {
            // closed meanwhile
        }
    }

    /**
     * Stops watching: the thread ends at once when it waits, or after the action under way (which is not interrupted:
     * an interrupt would break the reading of rule files halfway).
     */
    @Override
    public void close() {
        closed = true;
        try {
            service.close();
        } catch (IOException e) {
            LOG.debug("Bewaking van {} sluiten: {}", root, e.toString());
        }
    }
}
