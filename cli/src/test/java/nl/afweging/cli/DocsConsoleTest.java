// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every {@code console} block of the README and of every page under {@code docs/} (every example runs in a
 * test), a page top to bottom, each page in a fresh folder with a copy of {@code rules/}, {@code fixtures/} and
 * {@code examples/}. A line {@code $ command} runs in bash, with {@code ./afweging} as this build's command line; the
 * lines after it, up to the next command, must appear in what it printed (white space compared as one space, {@code
 * ...} standing for text left out). A command that shows nothing must succeed. A block in an HTML comment, {@code
 * <!-- console ... -->}, runs too but is not shown: it stands for what a reader does by hand (an edit in Excel).
 */
class DocsConsoleTest {

    /** One command of a block and what it must print (empty: nothing is claimed, but it must exit 0). */
    record Command(int line, String command, List<String> output) {}

    @TempDir
    Path sandbox;

    @Test
    void everyConsoleExampleOfEveryPageRunsAndPrintsWhatItShows() throws Exception {
        List<Path> pages = new ArrayList<>(List.of(CliRun.root().resolve("README.md")));
        try (Stream<Path> docs = Files.list(CliRun.root().resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        // Each page in a folder of its own, two pages at a time: a page's commands run in order, pages share nothing.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<Integer>> runs = new ArrayList<>();
        try {
            for (Path page : pages) {
                List<Command> commands = commands(Files.readAllLines(page, StandardCharsets.UTF_8));
                if (!commands.isEmpty()) {
                    Path folder = Files.createDirectories(sandbox.resolve(page.getFileName().toString()));
                    runs.add(pool.submit(() -> {
                        run(CliRun.root().relativize(page).toString(), commands, folder);
                        return commands.size();
                    }));
                }
            }
            int run = 0;
            for (java.util.concurrent.Future<Integer> page : runs) {
                try {
                    run += page.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof Error error ? error : new AssertionError(e.getCause());
                }
            }
            // The guide for policy staff alone has more than twenty.
            assertThat(run).isGreaterThan(20);
        } finally {
            pool.shutdownNow();
        }
    }

    private void run(String page, List<Command> commands, Path folder) throws Exception {
        prepare(folder);
        for (Command c : commands) {
            Process process = new ProcessBuilder("bash", "-c", "set -o pipefail; " + c.command()).directory(folder.toFile())
                    .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
            String where = page + ":" + c.line() + " $ " + c.command() + "\n" + out;
            if (c.output().isEmpty()) {
                assertThat(process.exitValue()).as(where).isZero();
            } else {
                assertShows(out, String.join("\n", c.output()), where);
            }
        }
    }

    @Test
    void theMatchingIgnoresLayoutAndLeavesOutWhatDotsStandFor() {
        assertShows("a  b\nc d e\nf", "a b c ... e", "");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertShows("a b c", "a ... d", "")).isInstanceOf(AssertionError.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertShows("b a", "a ... b", "")).isInstanceOf(AssertionError.class);
    }

    /** The pieces between {@code ...} appear in this order, white space made single. */
    private static void assertShows(String output, String expected, String where) {
        String actual = normal(output);
        int at = 0;
        for (String piece : expected.split("\\.\\.\\.", -1)) {
            String p = normal(piece);
            if (p.isEmpty()) {
                continue;
            }
            int found = actual.indexOf(p, at);
            if (found < 0) {
                throw new AssertionError(where + "\nverwacht (na positie " + at + "): " + p);
            }
            at = found + p.length();
        }
    }

    private static String normal(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** Every {@code $ } line in a {@code console} block, shown or in a comment, with the lines it shows. */
    static List<Command> commands(List<String> page) {
        List<Command> commands = new ArrayList<>();
        boolean inBlock = false;
        for (int i = 0; i < page.size(); i++) {
            String line = page.get(i);
            if (!inBlock && (line.strip().equals("```console") || line.strip().startsWith("<!-- console"))) {
                inBlock = true;
            } else if (inBlock && (line.strip().startsWith("```") || line.strip().equals("-->"))) {
                inBlock = false;
            } else if (inBlock && line.startsWith("$ ")) {
                commands.add(new Command(i + 1, line.substring(2), new ArrayList<>()));
            } else if (inBlock && !commands.isEmpty()) {
                commands.get(commands.size() - 1).output().add(line);
            }
        }
        return commands;
    }

    /** The copies, and {@code ./afweging} as this build's command line, with its cache and keys in the sandbox (shared by the pages). */
    private void prepare(Path folder) throws IOException {
        for (String part : List.of("rules", "fixtures", "examples")) {
            copy(CliRun.root().resolve(part), folder.resolve(part));
        }
        String classPath = String.join(java.io.File.pathSeparator, Stream.of(System.getProperty("jdk.module.path"),
                System.getProperty("java.class.path")).filter(p -> p != null && !p.isBlank()).toList());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path launcher = folder.resolve("afweging");
        Files.writeString(launcher, "#!/usr/bin/env bash\n"
                + "export AFWEGING_CACHE='" + sandbox.resolve(".cache") + "' XDG_CONFIG_HOME='" + sandbox.resolve(".config") + "'\n"
                // C1 only, as the launcher runs a short command.
                + "exec '" + java + "' -XX:TieredStopAtLevel=1 -cp '" + classPath + "' nl.afweging.cli.Main \"$@\"\n");
        assertThat(launcher.toFile().setExecutable(true)).isTrue();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
