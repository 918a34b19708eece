// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.docs;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats the documentation is written in, chosen by the extension of the file it goes to. */
public enum DocsFormat {
    /** Markdown, for a file ending in {@code .md}. */
    MARKDOWN(".md"),
    /** A self-contained HTML page, for a file ending in {@code .html}. */
    HTML(".html");

    private final String extensie;

    DocsFormat(String extensie) {
        this.extensie = extensie;
    }

    /**
     * The file extension of this format.
     *
     * @return {@code .md} or {@code .html}
     */
    public String extensie() {
        return extensie;
    }

    /**
     * The format for a file name ending in .md or .html (in any case); empty for any other name.
     *
     * @param file the file the documentation goes to
     * @return its format, or empty
     */
    public static Optional<DocsFormat> voorBestand(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> lower.endsWith(f.extensie) && lower.length() > f.extensie.length()).findFirst();
    }

    /**
     * ".md of .html", for a message that says what is allowed.
     *
     * @return the allowed extensions, in words
     */
    public static String toegestaan() {
        return Arrays.stream(values()).map(DocsFormat::extensie).collect(Collectors.joining(" of "));
    }
}
