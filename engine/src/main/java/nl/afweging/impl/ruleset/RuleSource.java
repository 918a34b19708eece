package nl.afweging.impl.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.afweging.impl.support.Sha256;

/**
 * The files of one rule set, read into memory once: the manifest ({@value #MANIFEST}), DRL files and
 * {@code .drl.csv} decision tables, keyed by their path relative to the rule set's folder (with '/').
 * Other files (a README, a pom) are ignored, so the repository's own {@code rules/} folder is a valid source.
 */
public final class RuleSource {
    public static final String MANIFEST = "regelset.json";
    public static final String DEFAULT_CLASSPATH_ROOT = "nl/afweging/standaard";

    private final String beschrijving;
    private final SortedMap<String, byte[]> files;

    private RuleSource(String beschrijving, SortedMap<String, byte[]> files) {
        this.beschrijving = beschrijving;
        this.files = Collections.unmodifiableSortedMap(files);
    }

    public static boolean isRuleFile(String name) {
        return name.endsWith(".drl") || name.endsWith(".drl.csv") || name.equals(MANIFEST);
    }

    public static RuleSource fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("Geen map met regels: " + dir);
        }
        return new RuleSource(dir.toString(), read(dir));
    }

    /** Reads a rule set packaged on the classpath, from a folder or from inside a jar. */
    public static RuleSource fromClasspath(String root) {
        // Class.getResource, not the class loader's: on the module path the rules are resources of this module.
        URL manifest = RuleSource.class.getResource("/" + root + "/" + MANIFEST);
        if (manifest == null) {
            throw new IllegalArgumentException("Geen regelset op het classpath onder " + root);
        }
        try {
            URI uri = manifest.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return new RuleSource("classpath:" + root, read(jar.getPath(root)));
                }
            }
            return new RuleSource("classpath:" + root, read(Path.of(uri).getParent()));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Kan de regelset " + root + " niet lezen", e);
        }
    }

    private static SortedMap<String, byte[]> read(Path dir) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                if (Files.isRegularFile(p) && isRuleFile(p.getFileName().toString())) {
                    String rel = dir.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
                    files.put(rel, Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Kan de regels in " + dir + " niet lezen", e);
        }
        return files;
    }

    /** Where the rules came from, for messages. */
    public String beschrijving() {
        return beschrijving;
    }

    public SortedMap<String, byte[]> files() {
        return files;
    }

    public String text(String path) {
        return new String(files.get(path), StandardCharsets.UTF_8);
    }

    /**
     * SHA-256 over every file's relative path, length and bytes, in path order: the same rule set gives the
     * same hash from a folder, a copy of it or the jar.
     */
    public String hash() {
        MessageDigest sha = Sha256.digest();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            sha.update((file.getKey() + "\n" + file.getValue().length + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(file.getValue());
        }
        return "sha256:" + Sha256.hex(sha);
    }
}
