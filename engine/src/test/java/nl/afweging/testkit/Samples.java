// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.afweging.TestEngines;

/**
 * The code samples a test runs, as a documentation page shows them: the lines between {@code // --- docs/PAGE: name ---}
 * and {@code // --- end ---} in the test's source, without the indentation they have there.
 */
public final class Samples {
    private static final Pattern SAMPLE = Pattern.compile("(?m)^[ \\t]*// --- docs/[^\\n]*---\\n(.*?)^[ \\t]*// --- end ---", Pattern.DOTALL);

    private Samples() {}

    /** Every sample in this source file, in order. */
    public static List<String> of(Path source) throws IOException {
        List<String> samples = new ArrayList<>();
        Matcher m = SAMPLE.matcher(Files.readString(source));
        while (m.find()) {
            samples.add(m.group(1).stripTrailing().stripIndent());
        }
        return samples;
    }

    /** A page of the repository (such as {@code docs/inbedden.md}), as text. */
    public static String page(String path) throws IOException {
        return Files.readString(TestEngines.root().resolve(path));
    }
}
