// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import nl.afweging.feiten.Casus;
import nl.afweging.impl.ruleset.tables.WorkbookReader;
import nl.afweging.impl.support.EngineBuild;
import nl.afweging.impl.support.Sha256;

/**
 * A hash of the code a compiled rule set is bound to: the Drools version, the bytes of every class the rules are
 * written against ({@code nl.afweging.feiten} and {@code nl.afweging.model}) and of the loader that read and checked
 * them ({@code nl.afweging.impl.ruleset}, with the allow-list, and its decision-table reader {@code …ruleset.tables}:
 * what it makes of a table's cells is what was compiled and described), with every engine package that code uses
 * ({@code impl.contract} reads the manifests' JSON, {@code impl.support} hashes). A rule set compiled to Java classes
 * calls those classes' methods directly, and a cached compilation stands for a rule set that passed this engine's
 * checks, so it is only valid for exactly this code; when any of it changes, the fingerprint does and the cache is
 * simply missed. The Excel reader beside the engine, when there is one, is bound the same way ({@link #compute()}).
 */
final class CodeFingerprint {
    /** The packages hashed: the loader's, and every engine package its code uses ({@code CodeFingerprintTest} checks). */
    static final List<String> PACKAGES = List.of("nl/afweging/feiten", "nl/afweging/model", "nl/afweging/impl/ruleset",
            "nl/afweging/impl/ruleset/tables", "nl/afweging/impl/contract", "nl/afweging/impl/constraints",
            "nl/afweging/impl/support");

    /** Worked out once: a running JVM's classes do not change, and every rule set it loads asks (four by default). */
    private static volatile String own;

    private CodeFingerprint() {}

    /**
     * 16 hex digits; throws when the classes cannot be read (then nothing is cached). With a workbook reader beside the
     * engine ({@link WorkbookReaders}), its classes and its Excel library's version are bound too: what it makes of a
     * {@code .drl.xlsx} is what was compiled. Without one, a workbook is a finding, and the fingerprint says so too.
     */
    static String compute() {
        String fingerprint = own;
        if (fingerprint == null) {
            Path engine = location(Casus.class);
            fingerprint = WorkbookReaders.installed().map(reader -> withReader(engine, reader)).orElseGet(() -> of(engine));
            own = fingerprint;
        }
        return fingerprint;
    }

    private static String withReader(Path engine, WorkbookReader reader) {
        Path at = location(reader.getClass());
        String pkg = reader.getClass().getPackageName().replace('.', '/');
        // The command line's jar holds both: gone through once (a pass over its entries is some 20 ms of every decide).
        String classes = at.equals(engine) ? of(engine, Stream.concat(PACKAGES.stream(), Stream.of(pkg)).toList())
                : of(engine) + "\n" + of(at, List.of(pkg));
        MessageDigest sha = Sha256.digest();
        sha.update((classes + "\n" + reader.version()).getBytes(StandardCharsets.UTF_8));
        return Sha256.hex(sha).substring(0, 16);
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fingerprint of the engine's classes in this folder or jar: the same for both when they hold the same classes. */
    static String of(Path location) {
        return of(location, PACKAGES);
    }

    private static String of(Path location, List<String> packages) {
        try {
            MessageDigest sha = Sha256.digest();
            sha.update(("drools " + EngineBuild.droolsVersie() + "\n").getBytes(StandardCharsets.UTF_8));
            if (Files.isDirectory(location)) {
                digest(location, packages, sha);
            } else {
                // JarFile, not a zip file system: the JVM has this jar open already and shares its index, where a
                // zip file system reads the whole index of a large jar again (a tenth of a second for decide).
                try (JarFile jar = new JarFile(location.toFile())) {
                    digest(jar, packages, sha);
                }
            }
            return Sha256.hex(sha).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same as for a folder: per package, its classes by name, each as its path and its bytes. The jar's entries
     * are gone through once (the command line's jar has some 26,000), not once per package.
     */
    private static void digest(JarFile jar, List<String> packages, MessageDigest sha) throws IOException {
        List<String> names = jar.stream().map(JarEntry::getName).filter(n -> n.startsWith("nl/afweging/") && n.endsWith(".class"))
                .sorted().toList();
        for (String pkg : packages) {
            for (String name : names) {
                if (isClassIn(name, pkg)) {
                    sha.update((name + "\n").getBytes(StandardCharsets.UTF_8));
                    try (InputStream in = jar.getInputStream(jar.getEntry(name))) {
                        sha.update(in.readAllBytes());
                    }
                }
            }
        }
    }

    /** A class directly in the package (not in a subpackage), as {@link Files#list} finds it in a folder. */
    private static boolean isClassIn(String name, String pkg) {
        return name.startsWith(pkg + "/") && name.endsWith(".class") && name.indexOf('/', pkg.length() + 1) < 0;
    }

    private static void digest(Path root, List<String> packages, MessageDigest sha) throws IOException {
        for (String pkg : packages) {
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
