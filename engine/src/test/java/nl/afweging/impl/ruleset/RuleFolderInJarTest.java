// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in rules are read from the library's jar through {@link java.util.jar.JarFile} ({@link RuleTree}), not
 * through a zip file system: a folder in a jar must read exactly as the same folder on disk, problems and all.
 */
class RuleFolderInJarTest {
    private static final String ROOT = "nl/afweging/standaard";

    @Test
    void theRepositoryRulesReadFromAJarAsFromTheirFolder(@TempDir Path tmp) throws IOException {
        Path rules = FixtureRuleSets.ROOT.resolve("rules");
        Path jar = jar(tmp.resolve("regels.jar"), rules);

        RuleFolder uitJar = RuleFolder.fromJar(jar, ROOT);

        assertThat(uitJar.beschrijving()).isEqualTo("classpath:" + ROOT);
        assertThat(describe(uitJar)).isEqualTo(describe(RuleFolder.fromDirectory(rules))).hasSize(1 + 2 + 1);
        assertThat(uitJar.versies()).extracting(RuleFolder.Version::map).containsExactly("2026.1", "2027.1");
    }

    /** Everything a folder may hold that is refused or left out, in a jar and on disk: the same problems, the same files. */
    @Test
    void aFolderWithEverythingThatIsRefusedReadsTheSameFromAJar(@TempDir Path tmp) throws IOException {
        Path map = tmp.resolve("map");
        Map<String, String> files = Map.of(
                "2026.1/regelset.json", "{}",
                "2026.1/a.drl", "// a",
                "2026.1/a/b.drl", "// in een submap",
                "2026.1/lees-mij.txt", "geen regels",
                "2026.1/a.drl.csv", "x",
                "2026.2/regelset.json", "{ }",
                "los.drl", "// naast de versies",
                "gemeenten/1728/extra.drl", "// gemeente",
                "gemeenten/abc/x.drl", "// geen CBS-code",
                "gemeenten/.verborgen/x.drl", "// overgeslagen");
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.createDirectories(map.resolve(f.getKey()).getParent());
            Files.writeString(map.resolve(f.getKey()), f.getValue());
        }
        // More than a rule file may hold: its size is named as on disk, though only the first bytes are read.
        Files.write(map.resolve("2026.2/groot.drl"), new byte[(int) RuleSource.MAX_FILE_BYTES + 10]);

        RuleFolder opSchijf = RuleFolder.fromDirectory(map);
        RuleFolder uitJar = RuleFolder.fromJar(jar(tmp.resolve("regels.jar"), map), ROOT);

        assertThat(describe(uitJar)).isEqualTo(describe(opSchijf));
        assertThat(String.join("\n", describe(opSchijf))).contains("SUBMAP", "BESTAND_TE_GROOT", "5242890 bytes", "INDELING_ONGELDIG",
                "GEMEENTEMAP_ONGELDIG");
        assertThat(uitJar.versies().get(0).source().files()).containsOnlyKeys("regelset.json", "a.drl", "a.drl.csv");
    }

    /**
     * Everything of a rules folder but where it was read from: its problems, and per version and gemeente the files
     * with their hash and problems.
     */
    private static List<String> describe(RuleFolder folder) {
        List<String> lines = new ArrayList<>();
        lines.add("folder " + problems(folder.problemen()));
        for (RuleFolder.Version v : folder.versies()) {
            lines.add("versie " + v.map() + " " + v.source().files().keySet() + " " + v.source().hash() + " " + problems(v.source().problemen()));
        }
        for (RuleFolder.Gemeente g : folder.gemeenten()) {
            lines.add("gemeente " + g.code() + " " + g.source().files().keySet() + " " + g.source().hash() + " " + problems(g.source().problemen()));
        }
        return lines;
    }

    private static List<String> problems(List<nl.afweging.model.LoadProblem> problems) {
        return problems.stream().map(p -> p.code() + " " + p).toList();
    }

    /** A jar with {@code folder}'s files under {@value #ROOT}, among the entries of a library (classes before and after it). */
    private static Path jar(Path jar, Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            entry(zip, "nl/afweging/Engine.class", new byte[] {1});
            zip.putNextEntry(new JarEntry(ROOT + "/"));
            zip.closeEntry();
            for (Path f : files) {
                entry(zip, ROOT + "/" + folder.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
            entry(zip, "nl/afweging/standaardX/andere.drl", new byte[] {2});
            entry(zip, "org/drools/Zoiets.class", new byte[] {3});
        }
        return jar;
    }

    private static void entry(JarOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new JarEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
