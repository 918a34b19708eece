// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the repository's rules/ in a temporary folder, with one deliberate edit, as a policy officer would make it. */
public final class BrokenRules {
    private BrokenRules() {}

    public static Path copy(Path target) {
        Path source = TestEngines.root().resolve("rules/2026.1");
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the whole rules/ folder (every version, every gemeente), to change one version in it. */
    public static Path copyAll(Path target) {
        Path source = TestEngines.root().resolve("rules");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the one occurrence of {@code from} in {@code file}; fails if it is not there exactly once. */
    public static Path edit(Path rules, String file, String from, String to) {
        try {
            Path p = rules.resolve(file);
            String text = Files.readString(p);
            int at = text.indexOf(from);
            if (at < 0 || text.indexOf(from, at + 1) >= 0) {
                throw new IllegalArgumentException("'" + from + "' is not in " + file + " exactly once");
            }
            Files.writeString(p, text.replace(from, to));
            return rules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a file from the copy, as when it was forgotten. */
    public static Path delete(Path rules, String file) {
        try {
            Files.delete(rules.resolve(file));
            return rules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a new file to the copy; fails if it is there already. */
    /** A named pipe (FIFO) at {@code file}: opening it for reading would wait for a writer for ever. */
    public static void pipe(Path file) {
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
            if (mkfifo.waitFor() != 0) {
                throw new IllegalStateException("mkfifo " + file + " mislukte");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Path create(Path rules, String file, String content) {
        try {
            Files.createDirectories(rules.resolve(file).getParent());
            Files.writeString(rules.resolve(file), content, java.nio.file.StandardOpenOption.CREATE_NEW);
            return rules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based line of the first occurrence of {@code text} in {@code file}. */
    public static int lineOf(Path rules, String file, String text) {
        try {
            var lines = Files.readAllLines(rules.resolve(file));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
            throw new IllegalArgumentException(text + " not in " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
