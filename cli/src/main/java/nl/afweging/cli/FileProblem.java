// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Why a file cannot be read or written, in words: Java's exceptions give only the path ({@code NoSuchFileException:
 * x.json}) or an English reason from the operating system.
 */
final class FileProblem {
    private FileProblem() {}

    /** "Kan x.json niet lezen: het bestand bestaat niet." */
    static String reading(String file, Throwable e) {
        return "Kan " + file + " niet lezen: " + reason(file, e) + ".";
    }

    /** As {@link #reading(String, Throwable)}, for a file found unreadable before it is opened. */
    static String reading(String file) {
        return reading(file, Files.exists(Path.of(file)) ? new AccessDeniedException(file) : new NoSuchFileException(file));
    }

    /** "Kan uit.html niet schrijven: de map bestaat niet." */
    static String writing(Object file, Throwable e) {
        return "Kan " + file + " niet schrijven: " + reason(String.valueOf(file), e) + ".";
    }

    static String reason(String file, Throwable e) {
        Throwable cause = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        Path path = pathOf(file);
        if (cause instanceof NoSuchFileException) {
            return path != null && path.getParent() != null && !Files.isDirectory(path.getParent())
                    ? "de map " + path.getParent() + " bestaat niet" : "het bestand bestaat niet";
        }
        if (cause instanceof AccessDeniedException) {
            return "u hebt geen toestemming";
        }
        if (cause instanceof NotDirectoryException) {
            return "een deel van het pad is een bestand, geen map";
        }
        if (path != null && Files.isDirectory(path)) {
            return "het is een map, geen bestand";
        }
        String said = cause instanceof FileSystemException f ? f.getReason() : cause.getMessage();
        return said == null || said.isBlank() ? cause.getClass().getSimpleName() : said;
    }

    private static Path pathOf(String file) {
        try {
            return Path.of(file);
        } catch (RuntimeException notAPath) {
            return null;
        }
    }
}
