// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import nl.afweging.Engine;

/**
 * An engine as the command line and the service build it: its rule sets read from a cache of compiled rule sets,
 * with their alpha networks compiled where that pays. The cache is filled by a first build, read by a second,
 * and deleted before the engine is used.
 */
final class CachedEngine {
    private CachedEngine() {}

    /** The default rules (folder null) or the rules in {@code folder}, loaded from a cache. */
    static Engine build(Path folder) {
        Path cache = null;
        try {
            cache = Files.createTempDirectory("afweging-cache-");
            builder(folder, cache).build();
            return builder(folder, cache).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(cache);
        }
    }

    private static Engine.Builder builder(Path folder, Path cache) {
        Engine.Builder builder = Engine.builder().cache(cache);
        return folder == null ? builder : builder.rules(folder);
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
