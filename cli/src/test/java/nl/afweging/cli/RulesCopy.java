// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A copy of the repository's rules/ that a test edits, as a policy officer would. */
record RulesCopy(Path dir) {

    static RulesCopy of(Path target) throws IOException {
        try (Stream<Path> files = Files.list(CliRun.root().resolve("rules/2026.1"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        return new RulesCopy(target);
    }

    /** Replaces text that must occur exactly once in {@code file}. */
    Path replace(String file, String from, String to) throws IOException {
        Path p = dir.resolve(file);
        String text = Files.readString(p);
        if (text.indexOf(from) < 0 || text.indexOf(from) != text.lastIndexOf(from)) {
            throw new IllegalArgumentException("'" + from + "' is not in " + file + " exactly once");
        }
        Files.writeString(p, text.replace(from, to));
        return dir;
    }

    /** Removes the lines of {@code file} that start with {@code prefix}. */
    Path without(String file, String prefix) throws IOException {
        Path p = dir.resolve(file);
        try (Stream<String> lines = Files.lines(p)) {
            Files.writeString(p, lines.filter(l -> !l.startsWith(prefix)).collect(Collectors.joining("\n", "", "\n")));
        }
        return dir;
    }
}
