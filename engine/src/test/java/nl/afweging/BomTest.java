// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The BOM (bom/pom.xml) pins every library artifact an application may take, each at the version of this build: a
 * module with API documentation (a library) that the BOM leaves out, or a version that drifts, fails here.
 */
class BomTest {
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern MANAGED = Pattern.compile(
            "<dependency><groupId>nl\\.afweging</groupId><artifactId>([^<]+)</artifactId><version>([^<]+)</version></dependency>");

    @Test
    void theBomNamesEveryLibraryAtThisVersion() throws IOException {
        String parent = Files.readString(TestEngines.root().resolve("pom.xml"));
        String version = first(Pattern.compile("<artifactId>afweging-parent</artifactId>\\s*<version>([^<]+)</version>"), parent);
        String bom = Files.readString(TestEngines.root().resolve("bom/pom.xml"));

        assertThat(first(Pattern.compile("<artifactId>afweging-bom</artifactId>\\s*<version>([^<]+)</version>"), bom)).isEqualTo(version);
        List<String> libraries = new ArrayList<>();
        Matcher module = MODULE.matcher(parent);
        while (module.find()) {
            String pom = Files.readString(TestEngines.root().resolve(module.group(1)).resolve("pom.xml"));
            if (pom.contains("<artifactId>maven-javadoc-plugin</artifactId>")) {
                libraries.add(first(Pattern.compile("</parent>\\s*<artifactId>([^<]+)</artifactId>"), pom));
            }
        }
        List<String> managed = new ArrayList<>();
        Matcher dependency = MANAGED.matcher(bom);
        while (dependency.find()) {
            assertThat(dependency.group(2)).as(dependency.group(1)).isEqualTo(version);
            managed.add(dependency.group(1));
        }
        assertThat(libraries).contains("afweging-engine", "afweging-tabellen", "afweging-service");
        assertThat(managed).containsExactlyInAnyOrderElementsOf(libraries);
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(pattern.pattern()).isTrue();
        return m.group(1);
    }
}
