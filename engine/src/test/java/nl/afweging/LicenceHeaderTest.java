// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file of the repository says it is EUPL-1.2 (or, for a copied file, what else it is): issue 14. */
class LicenceHeaderTest {

    private static final String HEADER = "SPDX-License-Identifier: EUPL-1.2";

    private static Path root() {
        return Path.of(System.getProperty("afweging.root", "..")).toAbsolutePath().normalize();
    }

    @Test
    void everyFileOfTheRepositoryHasItsLicence() {
        List<String> files = LicenceHeaders.files(root());
        assertThat(files).as("the repository's files").contains("pom.xml", "afweging", ".ci/run",
                "engine/src/main/java/module-info.java");

        // Every offending file at once, so one run shows them all.
        assertThat(LicenceHeaders.problems(root())).as("files without licence information").isEmpty();
    }

    @Test
    void theMainSourcesAreNotHiddenBehindReuseToml() {
        // REUSE.toml is for files that cannot hold a comment and for the hashed rule files; a Java, XML or script
        // file must carry the line itself.
        List<String> covered = LicenceHeaders.files(root()).stream()
                .filter(f -> LicenceHeaders.reusePaths(root()).stream().anyMatch(p -> p.matcher(f).matches()))
                // Rule files, also the example rule sets, are hashed byte for byte as the rules' own copies.
                .filter(f -> !f.startsWith("rules/") && !f.startsWith("examples/regels-"))
                .filter(f -> LicenceHeaders.expectedHeader(f, "#!").isPresent())
                .toList();
        assertThat(covered).isEmpty();
    }

    @Test
    void aFileWithoutTheLineIsNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Kaal.java"), "package nl.afweging;\nclass Kaal {}\n");
        Files.writeString(dir.resolve("Goed.java"), "// " + HEADER + "\npackage nl.afweging;\n");
        Files.writeString(dir.resolve("pom.xml"), "<?xml version=\"1.0\"?>\n<!-- " + HEADER + " -->\n<project/>\n");
        Files.writeString(dir.resolve("kaal.xml"), "<?xml version=\"1.0\"?>\n<project/>\n<!-- " + HEADER + " -->\n");
        Files.writeString(dir.resolve("run"), "#!/usr/bin/env bash\n# " + HEADER + "\necho\n");
        Files.writeString(dir.resolve("kaal-script"), "#!/usr/bin/env bash\necho\n");
        Files.writeString(dir.resolve("pagina.html"), "<!DOCTYPE html>\n<!-- " + HEADER + " -->\n<html></html>\n");
        Files.writeString(dir.resolve("stijl.css"), "/* " + HEADER + " */\nbody {}\n");
        Files.writeString(dir.resolve("teksten.properties"), "a=b\n# " + HEADER + "\n");
        Files.createDirectories(dir.resolve("data/diep"));
        Files.writeString(dir.resolve("data/diep/genoemd.json"), "{}");
        Files.writeString(dir.resolve("los.json"), "{}");
        Files.writeString(dir.resolve("REUSE.toml"), "# " + HEADER + "\nversion = 1\n[[annotations]]\n"
                + "path = [\"data/**\"]\nSPDX-License-Identifier = \"EUPL-1.2\"\n");

        assertThat(LicenceHeaders.problems(dir)).containsExactly(
                "Kaal.java: mist de regel '// " + HEADER + "'",
                "kaal-script: mist de regel '# " + HEADER + "'",
                "kaal.xml: mist de regel '<!-- " + HEADER + " -->'",
                "los.json: geen commentaar mogelijk en niet genoemd in REUSE.toml",
                "teksten.properties: mist de regel '# " + HEADER + "'");
    }

    @Test
    void reuseGlobsFollowTheReuseSpecification(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("REUSE.toml"), "version = 1\n[[annotations]]\npath = \"docs/*.md\"\n"
                + "[[annotations]]\npath = [\n  \"**.csv\",\n]\n");
        List<java.util.regex.Pattern> globs = LicenceHeaders.reusePaths(dir);
        assertThat(globs).hasSize(2);
        assertThat(globs.get(0).matcher("docs/a.md").matches()).isTrue();
        assertThat(globs.get(0).matcher("docs/sub/a.md").matches()).as("'*' stays within one folder").isFalse();
        assertThat(globs.get(1).matcher("rules/2026.1/ladder.drl.csv").matches()).isTrue();
        assertThat(globs.get(1).matcher("ladder.csv").matches()).isTrue();
    }
}
