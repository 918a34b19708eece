// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.stream.Stream;
import nl.afweging.feiten.Casus;
import nl.afweging.impl.support.EngineBuild;
import nl.afweging.impl.support.Sha256;

/**
 * A hash of the code a compiled rule set is bound to: the Drools version, the bytes of every class the rules are
 * written against ({@code nl.afweging.feiten} and {@code nl.afweging.model}) and of the loader that checked them
 * ({@code nl.afweging.impl.ruleset}, with the allow-list). A rule set compiled to Java classes calls those
 * classes' methods directly, and a cached compilation stands for a rule set that passed this engine's checks, so it
 * is only valid for exactly this code; when any of it changes, the fingerprint does and the cache is simply missed.
 */
final class CodeFingerprint {
    private static final List<String> PACKAGES = List.of("nl/afweging/feiten", "nl/afweging/model", "nl/afweging/impl/ruleset");

    private CodeFingerprint() {}

    /** 16 hex digits; throws when the classes cannot be read (then nothing is cached). */
    static String compute() {
        try {
            MessageDigest sha = Sha256.digest();
            sha.update(("drools " + EngineBuild.droolsVersie() + "\n").getBytes(StandardCharsets.UTF_8));
            URI codeSource = Casus.class.getProtectionDomain().getCodeSource().getLocation().toURI();
            Path location = Path.of(codeSource);
            if (Files.isDirectory(location)) {
                digest(location, sha);
            } else {
                try (FileSystem jar = FileSystems.newFileSystem(location)) {
                    digest(jar.getPath("/"), sha);
                }
            }
            return Sha256.hex(sha).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void digest(Path root, MessageDigest sha) throws IOException {
        for (String pkg : PACKAGES) {
            Path dir = root.resolve(pkg);
            List<Path> classes;
            try (Stream<Path> files = Files.list(dir)) {
                classes = files.filter(p -> p.getFileName().toString().endsWith(".class")).sorted().toList();
            }
            for (Path c : classes) {
                sha.update((pkg + "/" + c.getFileName() + "\n").getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(c));
            }
        }
    }
}
