// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The copy of the repository's {@code rules/} that the build puts into this module (see bench/pom.xml), so
 * the benchmark jar runs anywhere without knowing the repository layout or the engine's internal resources; and of
 * {@code examples/regels-een-parameterfeit}, the same version with its parameters read from one fact.
 */
final class BundledRules {
    private static final String ROOT = "/nl/afweging/bench/rules/";
    private static final String ONE_PARAMETERS_FACT = "/nl/afweging/bench/regels-een-parameterfeit/";

    private BundledRules() {}

    static byte[] read(String file) {
        try (InputStream in = BundledRules.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException("Not bundled: " + ROOT + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies every bundled rule file, keeping subfolders, into {@code target}. */
    static void copyTo(Path target) {
        copy(ROOT, target);
    }

    /** Copies the bundled version whose rules read one Parameters fact into {@code target}. */
    static void copyOneParametersFactTo(Path target) {
        copy(ONE_PARAMETERS_FACT, target);
    }

    private static void copy(String root, Path target) {
        try {
            URI manifest = BundledRules.class.getResource(root + "regelset.json").toURI();
            if (!"jar".equals(manifest.getScheme())) {
                copyTree(Path.of(manifest).getParent(), target);
                return;
            }
            // jar:file:/.../afweging-bench.jar!/nl/afweging/bench/rules/regelset.json
            String[] parts = manifest.toString().substring("jar:".length()).split("!", 2);
            try (FileSystem jar = FileSystems.newFileSystem(Path.of(URI.create(parts[0])))) {
                copyTree(jar.getPath(parts[1]).getParent(), target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(source)) {
            paths = walk.toList();
        }
        for (Path p : paths) {
            Path to = target.resolve(source.relativize(p).toString());
            if (Files.isDirectory(p)) {
                Files.createDirectories(to);
            } else {
                Files.copy(p, to);
            }
        }
    }
}
