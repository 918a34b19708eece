// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.afweging.feiten.Casus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fingerprint the cache binds a compiled rule set to: the same classes give the same one, in a folder or a jar. */
class CodeFingerprintTest {

    @Test
    void theEngineInAJarHasTheFingerprintOfTheSameClassesInAFolder(@TempDir Path tmp) throws Exception {
        Path classes = Path.of(Casus.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = jar(classes, tmp.resolve("engine.jar"), null);

        assertThat(CodeFingerprint.of(jar)).isEqualTo(CodeFingerprint.of(classes)).hasSize(16);
    }

    /**
     * The fingerprint's form: the Drools version, then per package (in {@link CodeFingerprint#PACKAGES} order) each
     * class directly in it by name, as its path and its bytes; a subpackage's class counts only in its own package,
     * and a file that is no class not at all. So a compiled rule set is bound to the Drools version it was built with.
     */
    @Test
    void theFingerprintIsOverTheDroolsVersionAndEveryClassOfThePackagesInOrder(@TempDir Path tmp) throws Exception {
        for (String pkg : CodeFingerprint.PACKAGES) {
            Files.createDirectories(tmp.resolve(pkg));
        }
        Files.writeString(tmp.resolve("nl/afweging/model/B.class"), "b");
        Files.writeString(tmp.resolve("nl/afweging/model/A.class"), "a");
        Files.writeString(tmp.resolve("nl/afweging/model/lees-mij.txt"), "geen klasse");
        Files.writeString(tmp.resolve("nl/afweging/impl/ruleset/tables/T.class"), "t");
        Files.writeString(tmp.resolve("nl/afweging/feiten/F.class"), "f");
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        sha.update(("drools " + nl.afweging.impl.support.EngineBuild.droolsVersie() + "\n"
                + "nl/afweging/feiten/F.class\nf" + "nl/afweging/model/A.class\na" + "nl/afweging/model/B.class\nb"
                + "nl/afweging/impl/ruleset/tables/T.class\nt").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String expected = java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 16);

        assertThat(CodeFingerprint.of(tmp)).isEqualTo(expected);
        assertThat(CodeFingerprint.of(jar(tmp, tmp.resolve("klassen.jar"), null))).isEqualTo(expected);
        assertThat(CodeFingerprint.compute()).matches("[0-9a-f]{16}").isEqualTo(CodeFingerprint.compute());
    }

    /**
     * A fact class the rules call, the code that reads a decision table's cells (what it makes of them is what was
     * compiled), the code that checks and describes the rules and the description kept of them: one byte of any of
     * them changed gives another fingerprint, so nothing kept under the old one is used.
     */
    @ParameterizedTest
    @ValueSource(strings = {"nl/afweging/feiten/Casus.class", "nl/afweging/impl/ruleset/tables/CsvTable.class",
            "nl/afweging/impl/ruleset/DecisionTableFile.class", "nl/afweging/impl/ruleset/MetadataCheck.class",
            "nl/afweging/impl/ruleset/RuleSetDescription.class"})
    void oneChangedByteInTheCodeTheRulesAreBoundToGivesAnotherFingerprint(String klasse, @TempDir Path tmp) throws Exception {
        Path classes = Path.of(Casus.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path echt = jar(classes, tmp.resolve("echt.jar"), null);
        Path anders = jar(classes, tmp.resolve("anders.jar"), klasse);
        assertThat(Files.exists(classes.resolve(klasse))).isTrue();

        assertThat(CodeFingerprint.of(anders)).isNotEqualTo(CodeFingerprint.of(echt));
    }

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    /**
     * A kept compilation and description stand for what this engine's loader makes of the files, so the fingerprint
     * must change with any code the loader runs: every package of the engine that code names is hashed too.
     */
    @Test
    void theFingerprintCoversEveryPackageOfTheEngineTheLoaderUses() throws IOException {
        Path sources = FixtureRuleSets.ROOT.resolve("engine/src/main/java");
        Pattern named = Pattern.compile("nl\\.afweging((?:\\.[a-z][a-z0-9]*)*)\\.(?:[A-Z]|\\*)");
        List<String> missing = new ArrayList<>();
        for (String pkg : CodeFingerprint.PACKAGES) {
            try (Stream<Path> files = Files.list(sources.resolve(pkg))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    // What the code names, not what a comment mentions (a javadoc link to the API is no use of it).
                    Matcher m = named.matcher(COMMENT.matcher(Files.readString(file)).replaceAll(" "));
                    while (m.find()) {
                        String used = ("nl.afweging" + m.group(1)).replace('.', '/');
                        if (!CodeFingerprint.PACKAGES.contains(used)) {
                            missing.add(sources.relativize(file) + " uses " + used);
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** The classes folder as a jar; the class {@code flip} (when not null) with its last byte changed. */
    private static Path jar(Path classes, Path jar, String flip) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            for (Path f : files) {
                String name = classes.relativize(f).toString().replace('\\', '/');
                byte[] bytes = Files.readAllBytes(f);
                if (name.equals(flip)) {
                    bytes[bytes.length - 1] ^= 1;
                }
                zip.putNextEntry(new JarEntry(name));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return jar;
    }
}
