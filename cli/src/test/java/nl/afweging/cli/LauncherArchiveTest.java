// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code ./afweging} with its AppCDS archive (issue 15): the real script, run from a folder of its own
 * that holds only the script, the example aanvraag and {@code cli/target/afweging.jar}. That jar is this build's
 * command line: its classes, with every library on the test's class path named in its manifest. With no sources
 * beside it the script never calls Maven. A {@code java} first on the PATH writes down every command line the
 * script starts, then runs the real java.
 */
class LauncherArchiveTest {

    @TempDir
    Path root;

    private Path jar;
    private Path jsa;
    private Path log;
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void aFolderWithTheLauncherAndAJar() throws Exception {
        Files.copy(CliRun.root().resolve("afweging"), root.resolve("afweging"));
        assertThat(root.resolve("afweging").toFile().setExecutable(true)).isTrue();
        Files.createDirectories(root.resolve("examples"));
        Files.copy(CliRun.root().resolve("examples/aanvraag-wmo.json"), root.resolve("examples/aanvraag-wmo.json"));
        Path target = Files.createDirectories(root.resolve("cli/target"));
        jar = target.resolve("afweging.jar");
        jsa = target.resolve("afweging.jsa");
        writeJar(target);

        Path bin = Files.createDirectories(root.resolve("bin"));
        log = root.resolve("java.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(bin.resolve("java"), "#!/usr/bin/env bash\n"
                + "printf '%s\\n' \"$*\" >> '" + log + "'\nexec '" + java + "' \"$@\"\n");
        assertThat(bin.resolve("java").toFile().setExecutable(true)).isTrue();
        env.put("PATH", bin + File.pathSeparator + System.getenv("PATH"));
        env.put("AFWEGING_CACHE", root.resolve("cache").toString());
        env.put("XDG_CONFIG_HOME", root.resolve("config").toString());
    }

    @Test
    void theArchiveIsMadeOnceUsedForOneDecideAndMadeAgainWhenTheJarChanges() throws Exception {
        Run first = launch("decide", "examples/aanvraag-wmo.json");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).isEqualTo("afweging: opstartarchief maken (eenmalig)...\n");
        assertThat(jsa).isRegularFile();
        assertThat(calls()).anySatisfy(c -> assertThat(c).contains("-XX:ArchiveClassesAtExit="));

        // The same bytes as the jar gives without any archive, and not a word from CDS on stderr.
        String plain = run(List.of(javaPath(), "-Xshare:off", "-jar", jar.toString(), "decide", "examples/aanvraag-wmo.json")).out();
        Files.delete(log);
        Run second = launch("decide", "examples/aanvraag-wmo.json");
        assertThat(second.exit()).isZero();
        assertThat(second.out()).isEqualTo(plain).isEqualTo(first.out()).contains("\"niveau\"");
        assertThat(second.err()).isEmpty();
        assertThat(calls()).singleElement().satisfies(c -> assertThat(c)
                .contains("-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=" + jsa, "-Xlog:cds*=off").doesNotContain("ArchiveClassesAtExit"));
        // The archive really maps: -Xshare:on refuses to start without it.
        Run shared = run(List.of(javaPath(), "-Xshare:on", "-XX:SharedArchiveFile=" + jsa, "-jar", jar.toString(), "decide",
                "examples/aanvraag-wmo.json"));
        assertThat(shared.exit()).as(shared.err()).isZero();
        assertThat(shared.out()).isEqualTo(plain);

        // A jar newer than the archive: made again, into a temporary file moved into place (none left over).
        FileTime made = Files.getLastModifiedTime(jsa);
        // Newer than the archive, but not in the future: the archive made after this must be newer still.
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Math.max(System.currentTimeMillis(), made.toMillis() + 1)));
        Files.delete(log);
        Run afterChange = launch("decide", "examples/aanvraag-wmo.json");
        assertThat(afterChange.exit()).isZero();
        assertThat(afterChange.out()).isEqualTo(plain);
        assertThat(calls()).anySatisfy(c -> assertThat(c).contains("-XX:ArchiveClassesAtExit="));
        assertThat(Files.getLastModifiedTime(jsa)).isGreaterThanOrEqualTo(Files.getLastModifiedTime(jar));
        try (Stream<Path> files = Files.list(jar.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("afweging.jsa")))
                    .containsExactly("afweging.jsa");
        }
    }

    @Test
    void aBatchKeepsC2AndAfwegingJavaOptsComeLast() throws Exception {
        Path batch = root.resolve("batch.jsonl");
        String aanvraag = Files.readString(root.resolve("examples/aanvraag-wmo.json")).replaceAll("\\s*\\n\\s*", " ");
        Files.writeString(batch, aanvraag + "\n" + aanvraag + "\n");
        Run run = launch("decide", "--jsonl", batch.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(2);
        assertThat(calls()).last().satisfies(c -> assertThat(c).doesNotContain("TieredStopAtLevel"));

        env.put("AFWEGING_JAVA_OPTS", "-XX:TieredStopAtLevel=4 -Dx=y");
        assertThat(launch("--version").exit()).isZero();
        assertThat(calls()).last().satisfies(c -> assertThat(c).endsWith("-XX:TieredStopAtLevel=4 -Dx=y -jar " + jar + " --version")
                .contains("-XX:TieredStopAtLevel=1 "));
    }

    @Test
    void whenNoArchiveCanBeMadeTheCommandRunsWithoutOneAndTheNextDoesNotTryAgain() throws Exception {
        // Without class data sharing (-Xshare:off) no dynamic archive can be made.
        env.put("AFWEGING_JAVA_OPTS", "-Xshare:off");
        Run first = launch("decide", "examples/aanvraag-wmo.json");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("\"niveau\"");
        assertThat(jsa).doesNotExist();
        assertThat(jsa.resolveSibling("afweging.jsa.mislukt")).isRegularFile();
        Files.delete(log);
        Run second = launch("decide", "examples/aanvraag-wmo.json");
        assertThat(second.exit()).isZero();
        assertThat(second.err()).isEmpty();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(calls()).singleElement().satisfies(c -> assertThat(c).doesNotContain("SharedArchiveFile", "ArchiveClassesAtExit"));
    }

    record Run(int exit, String out, String err) {}

    private Run launch(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("afweging").toString()));
        command.addAll(List.of(args));
        return run(command);
    }

    private Run run(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().remove("AFWEGING_JAVA_OPTS");
        builder.environment().putAll(env);
        Path err = Files.createTempFile(root, "stderr", ".txt");
        builder.redirectError(err.toFile());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String errText = Files.readString(err);
        Files.delete(err);
        return new Run(process.exitValue(), out, errText);
    }

    private List<String> calls() throws IOException {
        return Files.readAllLines(log);
    }

    private static String javaPath() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The command line's classes in a jar, as the shaded jar has them, with Main-Class; every other jar of the
     * test's class path in its manifest (a relative Class-Path, which class data sharing follows), and any other
     * folder of classes as a jar of its own (a class path with folders cannot be archived).
     */
    private void writeJar(Path target) throws Exception {
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> classPath = new ArrayList<>();
        int folders = 0;
        for (String entry : Stream.of(System.getProperty("jdk.module.path"), System.getProperty("java.class.path"))
                .filter(p -> p != null && !p.isBlank()).flatMap(p -> Stream.of(p.split(File.pathSeparator))).distinct().toList()) {
            Path p = Path.of(entry).toAbsolutePath();
            if (p.equals(classes) || p.endsWith("test-classes") || !Files.exists(p)) {
                continue;
            }
            if (Files.isDirectory(p)) {
                Path folderJar = Files.createDirectories(target.resolve("lib")).resolve("folder-" + folders++ + ".jar");
                jar(p, folderJar, new Manifest());
                p = folderJar;
            }
            classPath.add(target.relativize(p).toString().replace(File.separatorChar, '/').replace(" ", "%20"));
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        jar(classes, jar, manifest);
    }

    private static void jar(Path folder, Path jar, Manifest manifest) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
             Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = folder.relativize(f).toString().replace(File.separatorChar, '/');
                if (name.equals("META-INF/MANIFEST.MF")) {
                    continue;
                }
                out.putNextEntry(new JarEntry(name));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
    }
}
