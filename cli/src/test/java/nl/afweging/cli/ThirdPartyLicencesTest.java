// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * THIRD-PARTY.md (issue 14): the committed list is the one the build writes from the jar's runtime class path
 * (license-maven-plugin in cli/pom.xml), and every licence in it may be shipped with an EUPL-1.2 program.
 */
class ThirdPartyLicencesTest {

    /**
     * Licences a dependency of the jar may have. Permissive ones, and weak copyleft that covers only the library itself
     * (LGPL, MPL, EPL, CDDL; LGPL, MPL and EPL are in the EUPL's appendix of compatible licences). Strong copyleft
     * (GPL, AGPL, OSL, CeCILL) is left out on purpose, although the appendix names it: a GPL library in the jar would
     * put the whole distribution under the GPL. The one GPL form allowed is GPL-2.0 with the Classpath exception, as
     * the JDK and Jakarta APIs use it: the exception lets independent code link to it under its own licence.
     * Eclipse Distribution License 1.0 is BSD-3-Clause in SPDX.
     */
    static final Set<String> ALLOWED = Set.of(
            "Apache-2.0", "MIT", "BSD-2-Clause", "BSD-3-Clause", "ISC", "0BSD", "CC0-1.0",
            "EPL-1.0", "EPL-2.0", "MPL-2.0", "CDDL-1.0", "CDDL-1.1",
            "LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0-only", "LGPL-3.0-or-later",
            "EUPL-1.1", "EUPL-1.2",
            "GPL-2.0-only WITH Classpath-exception-2.0");

    private static final Path COMMITTED = CliRun.root().resolve("THIRD-PARTY.md");
    private static final Path GENERATED = CliRun.root().resolve("cli/target/derde-partijen/THIRD-PARTY.md");

    @Test
    void theCommittedListIsTheOneTheBuildWrites() throws IOException {
        assertThat(GENERATED).as("written by license-maven-plugin in generate-resources").exists();
        assertThat(Files.readString(COMMITTED))
                .as("THIRD-PARTY.md is out of date: copy %s over it", CliRun.root().relativize(GENERATED))
                .isEqualTo(Files.readString(GENERATED));
    }

    @Test
    void everyRuntimeDependencyIsListedWithAnAllowedLicence() throws IOException {
        List<Dependency> dependencies = parse(Files.readString(GENERATED));

        // The transitive runtime class path of the command line, the service and the engine; no test library.
        assertThat(dependencies).extracting(Dependency::coordinates)
                .contains("org.drools:drools-core", "io.javalin:javalin", "org.eclipse.jetty:jetty-server",
                        "info.picocli:picocli", "ch.qos.logback:logback-classic", "org.apache.poi:poi")
                .doesNotContain("org.junit.jupiter:junit-jupiter-api", "org.assertj:assertj-core",
                        "org.openjdk.jmh:jmh-core", "nl.afweging:afweging-engine");
        assertThat(notAllowed(dependencies)).as("dependencies with a licence not on the list").isEmpty();
    }

    @Test
    void aLicenceOffTheListIsNamed() {
        String table = """
                | Dependency | Version | Licence | Project |
                |---|---|---|---|
                | `a:vrij` | 1 | Apache-2.0 | vrij |
                | `b:gpl` | 2 | GPL-3.0-only | streng |
                | `c:keuze` | 3 | EPL-2.0; GPL-2.0-only | deels |
                | `d:klasse` | 4 | GPL-2.0-only WITH Classpath-exception-2.0 | uitzondering |
                | `e:onbekend` | 5 | The Foo License | onbekend |
                """;
        assertThat(notAllowed(parse(table))).containsExactly(
                "b:gpl 2: GPL-3.0-only", "c:keuze 3: GPL-2.0-only", "e:onbekend 5: The Foo License");
    }

    record Dependency(String coordinates, String version, List<String> licences) {
    }

    /** The rows of the Markdown table: coordinates in backticks, version, licences separated by "; ". */
    static List<Dependency> parse(String markdown) {
        List<Dependency> rows = new ArrayList<>();
        for (String line : markdown.split("\n")) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.split("\\|");
            rows.add(new Dependency(cells[1].trim().replace("`", ""), cells[2].trim(),
                    List.of(cells[3].trim().split(";\\s*"))));
        }
        return rows;
    }

    static List<String> notAllowed(List<Dependency> dependencies) {
        List<String> found = new ArrayList<>();
        for (Dependency d : dependencies) {
            for (String licence : d.licences()) {
                if (!ALLOWED.contains(licence)) {
                    found.add(d.coordinates() + " " + d.version() + ": " + licence);
                }
            }
        }
        return found;
    }
}
