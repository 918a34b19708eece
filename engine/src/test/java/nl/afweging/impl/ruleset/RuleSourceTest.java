// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rule set's hash names exactly the files that run: every name, length and byte counts, in the documented form
 * (an audit record and a cache entry name a rule set by it), and a folder is read only as far as it is a rules folder.
 */
class RuleSourceTest {
    @TempDir
    Path dir;

    private RuleSource folder(Map<String, String> files) throws IOException {
        Path map = Files.createDirectories(dir.resolve("map" + dir.toFile().list().length));
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(map.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
        return RuleSource.fromDirectory(map);
    }

    /** SHA-256 over "name\nlength\n" and the bytes, per file in name order: the form stored hashes were made in. */
    @Test
    void theHashIsTheDocumentedSha256OverNameLengthAndBytes() throws Exception {
        RuleSource source = folder(Map.of("b.drl", "Y", "a.drl", "XX", "regelset.json", "{}"));
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update("a.drl\n2\nXXb.drl\n1\nYregelset.json\n2\n{}".getBytes(StandardCharsets.UTF_8));

        assertThat(source.hash()).isEqualTo("sha256:" + HexFormat.of().formatHex(sha.digest()));
        assertThat(source.hash()).as("asked again").isSameAs(source.hash());
    }

    @Test
    void everyNameAndByteCountsInTheHash() throws IOException {
        String hash = folder(Map.of("a.drl", "rule X", "b.drl", "rule Y")).hash();

        assertThat(folder(Map.of("a.drl", "rule Z", "b.drl", "rule Y")).hash()).as("one byte, same length").isNotEqualTo(hash);
        assertThat(folder(Map.of("c.drl", "rule X", "b.drl", "rule Y")).hash()).as("one name").isNotEqualTo(hash);
        assertThat(folder(Map.of("a.drl", "rule X")).hash()).as("one file less").isNotEqualTo(hash);
        assertThat(folder(Map.of("a.drl", "rule X", "b.drl", "rule Y", "lees-mij.txt", "geen regel")).hash())
                .as("a file that is no rule file is not read").isEqualTo(hash);
    }

    /** The hash is only over names that cannot hold a line break: a source with another name is no rule set. */
    @Test
    void aNameThatCouldMakeTwoSetsHashAlikeIsNeverHashed() {
        TreeMap<String, byte[]> files = new TreeMap<>(Map.of("a.drl\n1\nXb.drl", new byte[] {'Y'}));

        assertThatThrownBy(() -> RuleSource.hash(files)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a.drl\\u000A1\\u000AXb.drl");
        assertThat(RuleSource.hash(new TreeMap<>(Map.of("a.drl", new byte[] {'Y'})))).startsWith("sha256:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\tb.drl", "a\u202Eb.drl", "a\u2028b.drl", "a\u2029b.drl", "a\uD800b.drl", "a\uE000b.drl", "a\u0378b.drl",
            "a\\b.drl", "a\u0000b.drl", "a\u200Fb.drl"})
    void aNameWithAControlLineBreakDirectionOrBackslashSignIsRefused(String name) {
        LoadProblem problem = FileNames.probleem("gemeenten/1728/", name);

        assertThat(problem).isNotNull();
        assertThat(problem.code()).isEqualTo(ProblemCode.BESTANDSNAAM_ONGELDIG);
        assertThat(problem.bestand()).startsWith("gemeenten/1728/a\\u").endsWith("b.drl");
        assertThat(problem.melding()).contains(String.format("U+%04X", name.codePointAt(1)));
        assertThat(FileNames.escaped(name)).isEqualTo("a" + String.format("\\u%04X", name.codePointAt(1)) + "b.drl");
    }

    @ParameterizedTest
    @ValueSource(strings = {"regels (2026) é.drl", "\uD83D\uDE00 blij.drl", "a-b_c.d.drl.csv", "Ĳssel.drl"})
    void aNameAPersonTypesIsSafe(String name) {
        assertThat(FileNames.probleem("", name)).isNull();
        assertThat(FileNames.escaped(name)).isEqualTo(name);
    }

    /** A gemeente's files and problems sit under gemeenten/CODE/ in the combined source, and read back as its own. */
    @Test
    void aGemeentesFilesAndProblemsKeepTheirPlaceInTheCombinedSource() throws IOException {
        RuleSource versie = folder(Map.of("regelset.json", "{}", "a.drl", "rule A"));
        Path gemeenteMap = Files.createDirectories(dir.resolve("gemeente"));
        Files.writeString(gemeenteMap.resolve("extra.drl"), "rule G");
        Files.createDirectory(gemeenteMap.resolve("sub"));
        RuleSource gemeente = RuleSource.fromDirectory(gemeenteMap);

        RuleSource samen = RuleSource.withGemeente(versie, "1728", gemeente);

        assertThat(samen.files()).containsOnlyKeys("a.drl", "regelset.json", "gemeenten/1728/extra.drl");
        assertThat(samen.text("gemeenten/1728/extra.drl")).isEqualTo("rule G");
        assertThat(samen.problemen()).extracting(LoadProblem::code, LoadProblem::bestand)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.SUBMAP, "gemeenten/1728/sub/"));
        assertThat(samen.gemeenteFiles("1728")).containsOnlyKeys("extra.drl");
        assertThat(samen.gemeenteFiles("0363")).isEmpty();
        assertThat(RuleSource.hash(samen.gemeenteFiles("1728"))).isEqualTo(gemeente.hash());
        assertThat(samen.beschrijving()).isEqualTo(versie.beschrijving() + " met " + gemeente.beschrijving());
        assertThat(samen.hash()).isNotEqualTo(versie.hash());
    }

    @Test
    void whatIsARuleFile() {
        assertThat(Set.of("a.drl", "a.drl.csv", "a.drl.xlsx", "regelset.json")).allMatch(RuleSource::isRuleFile);
        assertThat(Set.of("a.csv", "a.xlsx", "a.json", "regelset.json.bak", "a.drl.txt")).noneMatch(RuleSource::isRuleFile);
    }

    @Test
    void aSubfolderIsNamedUnlessItIsHiddenOrAllowed() throws IOException {
        Path map = Files.createDirectories(dir.resolve("versie"));
        Files.createDirectories(map.resolve(".git"));
        Files.createDirectories(map.resolve("gemeenten"));
        Files.createDirectories(map.resolve("oud"));
        Files.writeString(map.resolve("a.drl"), "rule A");

        RuleSource source = RuleSource.read("versie", RuleTree.of(map), Set.of("gemeenten"));

        assertThat(source.problemen()).extracting(LoadProblem::code, LoadProblem::bestand)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.SUBMAP, "oud/"));
        assertThat(source.files()).containsOnlyKeys("a.drl");
        assertThat(source.beschrijving()).isEqualTo("versie");
    }

    /** A link to a folder is a link first: refused as one, never read as the subfolder it leads to. */
    @Test
    void aLinkToAFolderIsRefusedAsALink() throws IOException {
        Path map = Files.createDirectories(dir.resolve("versie"));
        Path elders = Files.createDirectories(dir.resolve("elders"));
        Files.writeString(elders.resolve("x.drl"), "rule X");
        Files.createSymbolicLink(map.resolve("gemeenten"), elders);

        RuleSource source = RuleSource.read("versie", RuleTree.of(map), Set.of("gemeenten"));

        assertThat(source.problemen()).extracting(LoadProblem::code, LoadProblem::bestand)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.KOPPELING_BUITEN_MAP, "gemeenten"));
        assertThat(RuleTree.of(map.resolve("gemeenten")).isKoppeling()).isTrue();
        assertThat(RuleTree.of(map).isKoppeling()).isFalse();
    }

    @Test
    void aFileOverTheLimitIsNamedWithItsSizeAndNotRead() throws IOException {
        Path map = Files.createDirectories(dir.resolve("groot"));
        Files.write(map.resolve("groot.drl"), new byte[(int) RuleSource.MAX_FILE_BYTES + 1]);
        Files.write(map.resolve("net.drl"), new byte[(int) RuleSource.MAX_FILE_BYTES]);

        RuleSource source = RuleSource.fromDirectory(map);

        assertThat(source.files()).containsOnlyKeys("net.drl");
        assertThat(source.problemen()).extracting(LoadProblem::code, LoadProblem::bestand, LoadProblem::melding)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.BESTAND_TE_GROOT, "groot.drl",
                        "het bestand is " + (RuleSource.MAX_FILE_BYTES + 1) + " bytes; een regelbestand mag hoogstens 5 MB zijn"));
    }

    @Test
    void aFileIsNoRulesFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("a.drl"), "rule A");

        assertThatThrownBy(() -> RuleSource.fromDirectory(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Geen map met regels");
    }
}
