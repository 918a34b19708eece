// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks that every file of a repository says its licence: a source file in which a comment is possible starts with
 * the SPDX line (after a shebang, an XML declaration or an HTML doctype), any other file is named by a {@code path}
 * of the repository's {@code REUSE.toml}. The files are those git tracks, which is what CI sees (a copy of the rules
 * made to try something, as the README suggests, is not the project's); without git, every file outside
 * {@code .git} and {@code target}.
 */
final class LicenceHeaders {

    static final String IDENTIFIER = "SPDX-License-Identifier: EUPL-1.2";

    private LicenceHeaders() {
    }

    /** Every file under root without licence information, as "path: what is missing", in path order. */
    static List<String> problems(Path root) {
        List<Pattern> declared = reusePaths(root);
        List<String> problems = new ArrayList<>();
        for (String file : files(root)) {
            Path path = root.resolve(file);
            if (!Files.isRegularFile(path) || isExempt(file)) {
                continue;
            }
            if (declared.stream().anyMatch(p -> p.matcher(file).matches())) {
                continue;
            }
            Optional<String> header = expectedHeader(file, firstLine(path));
            if (header.isEmpty()) {
                problems.add(file + ": geen commentaar mogelijk en niet genoemd in REUSE.toml");
            } else if (!hasHeader(path, header.get())) {
                problems.add(file + ": mist de regel '" + header.get() + "'");
            }
        }
        return problems;
    }

    /** The comment line a file of this name must carry, or empty when its format has no comments. */
    static Optional<String> expectedHeader(String file, String firstLine) {
        if (file.contains("META-INF/services/")) {
            // A service loader's list, named after the interface: '#' starts a comment there.
            return Optional.of("# " + IDENTIFIER);
        }
        String name = file.substring(file.lastIndexOf('/') + 1);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return Optional.ofNullable(switch (extension) {
            case "java", "drl" -> "// " + IDENTIFIER;
            case "js", "css" -> "/* " + IDENTIFIER + " */";
            case "xml", "xsd", "svg", "dmn", "html" -> "<!-- " + IDENTIFIER + " -->";
            case "ftl" -> "<#-- " + IDENTIFIER + " -->";
            case "properties", "yml", "yaml", "toml", "sh", "gitignore" -> "# " + IDENTIFIER;
            // A script without an extension, such as the launcher and .ci/run.
            case "" -> firstLine.startsWith("#!") ? "# " + IDENTIFIER : null;
            default -> null;
        });
    }

    /** The licence texts themselves, which REUSE leaves out too. */
    private static boolean isExempt(String file) {
        return file.equals("LICENSE") || file.startsWith("LICENSES/");
    }

    private static boolean hasHeader(Path path, String header) {
        List<String> lines = firstLines(path, 2);
        if (lines.isEmpty()) {
            return false;
        }
        String first = lines.get(0);
        // The header comes after what must stay first: a shebang, the XML declaration, the HTML doctype.
        boolean prolog = first.startsWith("#!") || first.startsWith("<?xml") || first.regionMatches(true, 0, "<!DOCTYPE", 0, 9);
        int at = prolog ? 1 : 0;
        return lines.size() > at && lines.get(at).equals(header);
    }

    private static String firstLine(Path path) {
        List<String> lines = firstLines(path, 1);
        return lines.isEmpty() ? "" : lines.get(0);
    }

    private static List<String> firstLines(Path path, int count) {
        // The start of the file is enough, and decoding never fails: a binary file must not stop the check.
        byte[] start;
        try (InputStream in = Files.newInputStream(path)) {
            start = in.readNBytes(4096);
        } catch (IOException e) {
            return List.of();
        }
        return Stream.of(new String(start, StandardCharsets.UTF_8).split("\n", -1))
                .limit(count).map(l -> l.endsWith("\r") ? l.substring(0, l.length() - 1) : l).collect(Collectors.toList());
    }

    /** The globs of every {@code path} in REUSE.toml, as REUSE reads them: '*' stays within a folder, '**' does not. */
    static List<Pattern> reusePaths(Path root) {
        Path toml = root.resolve("REUSE.toml");
        if (!Files.exists(toml)) {
            return List.of();
        }
        String text;
        try {
            text = Files.readString(toml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Pattern> globs = new ArrayList<>();
        Matcher value = Pattern.compile("(?m)^\\s*path\\s*=\\s*(\\[[^\\]]*\\]|\"[^\"]*\")").matcher(text);
        while (value.find()) {
            Matcher quoted = Pattern.compile("\"([^\"]*)\"").matcher(value.group(1));
            while (quoted.find()) {
                globs.add(glob(quoted.group(1)));
            }
        }
        return globs;
    }

    private static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    /** The repository's files, relative with '/', sorted. */
    static List<String> files(Path root) {
        return gitFiles(root).orElseGet(() -> walk(root));
    }

    private static Optional<List<String>> gitFiles(Path root) {
        if (!Files.exists(root.resolve(".git"))) {
            return Optional.empty();
        }
        try {
            Process git = new ProcessBuilder("git", "-C", root.toString(), "ls-files", "-z")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = git.getInputStream().readAllBytes();
            if (!git.waitFor(60, TimeUnit.SECONDS) || git.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(Stream.of(new String(out, StandardCharsets.UTF_8).split("\0"))
                    .filter(f -> !f.isEmpty()).distinct().sorted().collect(Collectors.toList()));
        } catch (IOException e) {
            return Optional.empty(); // no git on this machine: walk the folder instead
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static List<String> walk(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(f -> !f.startsWith(".git/") && !f.equals(".git") && !f.startsWith("target/") && !f.contains("/target/"))
                    .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
