// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, point 3: every module's CycloneDX SBOM (target/bom.json, made by mvn package) names what it ships, with
 * versions. Runs in bench/, the last module of the build, so the engine's, the service's and the command line's SBOM
 * and afweging.jar are there; the command line's SBOM is checked against what is really inside afweging.jar.
 */
class SbomTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path ROOT = Path.of(System.getProperty("afweging.root", ".."));

    private static JsonNode bom(String module) throws IOException {
        // cyclonedx-maven-plugin declares makeBom requiresOnline: under mvn -o Maven skips it with a warning (CycloneDX
        // issue 439), and what is in target/ is left from an earlier build. Such a build makes no SBOM to check.
        Assumptions.assumeFalse("offline=true".equals(System.getProperty("afweging.maven")),
                "mvn -o makes no SBOM (cyclonedx-maven-plugin requires online mode); run mvn -B verify without -o");
        Path bom = ROOT.resolve(module).resolve("target/bom.json");
        assertThat(bom).as("run mvn -B package first: " + bom).exists();
        JsonNode json = MAPPER.readTree(bom.toFile());
        assertThat(json.path("bomFormat").asText()).isEqualTo("CycloneDX");
        return json;
    }

    /** group:name:version of every component. */
    private static Set<String> components(JsonNode bom) {
        Set<String> all = new TreeSet<>();
        bom.path("components").forEach(c -> all.add(c.path("group").asText() + ":" + c.path("name").asText() + ":" + c.path("version").asText()));
        return all;
    }

    /** The version of an artifact as its own jar on this test's class path says (META-INF/maven/.../pom.properties). */
    private static String onTheClassPath(String group, String artifact) throws IOException {
        URL url = SbomTest.class.getClassLoader().getResource("META-INF/maven/" + group + "/" + artifact + "/pom.properties");
        assertThat(url).as(group + ":" + artifact + " on the class path").isNotNull();
        Properties p = new Properties();
        try (InputStream in = url.openStream()) {
            p.load(in);
        }
        return p.getProperty("version");
    }

    @Test
    void theLibrarysSbomNamesDroolsAndJacksonWithTheVersionsItIsBuiltWith() throws IOException {
        JsonNode bom = bom("engine");
        assertThat(bom.at("/metadata/component/name").asText()).isEqualTo("afweging-engine");
        assertThat(bom.at("/metadata/component/version").asText()).isEqualTo(version());
        assertThat(components(bom)).contains(
                "org.drools:drools-engine:" + onTheClassPath("org.drools", "drools-engine"),
                "org.drools:drools-decisiontables:" + onTheClassPath("org.drools", "drools-decisiontables"),
                "com.fasterxml.jackson.core:jackson-databind:" + onTheClassPath("com.fasterxml.jackson.core", "jackson-databind"),
                "org.kie:kie-api:" + onTheClassPath("org.kie", "kie-api"));
        // What only the tests use is not shipped, so not in it.
        assertThat(components(bom)).noneMatch(c -> c.startsWith("org.junit") || c.startsWith("net.jqwik") || c.startsWith("org.assertj"));
        // No Excel stack and no logging bridge or backend: those are afweging-tabellen's and the application's.
        assertThat(components(bom)).noneMatch(c -> c.startsWith("org.apache.poi:") || c.startsWith("org.apache.xmlbeans:")
                || c.startsWith("org.apache.logging.log4j:") || c.startsWith("ch.qos.logback:"));
    }

    @Test
    void theExcelModulesSbomNamesTheCoreAndApachePoi() throws IOException {
        JsonNode bom = bom("tabellen");
        assertThat(bom.at("/metadata/component/name").asText()).isEqualTo("afweging-tabellen");
        assertThat(components(bom)).contains("nl.afweging:afweging-engine:" + version(),
                // POI is built with Gradle (no pom.properties inside): its own record of its version.
                "org.apache.poi:poi-ooxml:" + org.apache.poi.Version.getVersion());
    }

    @Test
    void theServicesAndTheBenchmarksSbomNameTheirOwnDependencies() throws IOException {
        assertThat(components(bom("service"))).contains(
                "io.javalin:javalin:6.7.0", "nl.afweging:afweging-engine:" + version(),
                "com.fasterxml.jackson.core:jackson-databind:" + onTheClassPath("com.fasterxml.jackson.core", "jackson-databind"))
                .noneMatch(c -> c.startsWith("org.seleniumhq"));
        assertThat(components(bom("bench"))).contains(
                "nl.afweging:afweging-cli:" + version(), "org.openjdk.jmh:jmh-core:" + onTheClassPath("org.openjdk.jmh", "jmh-core"),
                "org.drools:drools-engine:" + onTheClassPath("org.drools", "drools-engine"));
    }

    /**
     * The command line's SBOM lists exactly what shade put into afweging.jar: the class files of every component's jar
     * (from the local Maven repository) are in it, and every class file in it comes from a component or from cli/
     * itself; every pom.properties inside carries the version the SBOM gives.
     */
    @Test
    void theCommandLinesSbomListsWhatIsReallyInsideAfwegingJar() throws IOException {
        JsonNode bom = bom("cli");
        Path repository = Path.of(System.getProperty("afweging.m2", System.getProperty("user.home") + "/.m2/repository"));
        Path jar = ROOT.resolve("cli/target/afweging.jar");
        assertThat(jar).exists();
        Set<String> inside = new HashSet<>();
        Set<String> versions = new TreeSet<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry e : zip.stream().toList()) {
                inside.add(e.getName());
                if (e.getName().matches("META-INF/maven/[^/]+/[^/]+/pom.properties")) {
                    Properties p = new Properties();
                    try (InputStream in = zip.getInputStream(e)) {
                        p.load(in);
                    }
                    versions.add(p.getProperty("groupId") + ":" + p.getProperty("artifactId") + ":" + p.getProperty("version"));
                }
            }
        }
        Set<String> fromComponents = new HashSet<>();
        List<String> missing = new ArrayList<>();
        for (JsonNode c : bom.path("components")) {
            String group = c.path("group").asText();
            String name = c.path("name").asText();
            String version = c.path("version").asText();
            Path own = group.equals("nl.afweging")
                    ? ROOT.resolve(name.replace("afweging-", "")).resolve("target/" + name + "-" + version + ".jar")
                    : repository.resolve(group.replace('.', '/')).resolve(name).resolve(version).resolve(name + "-" + version + ".jar");
            assertThat(own).as("the jar of " + group + ":" + name + ":" + version).exists();
            try (ZipFile zip = new ZipFile(own.toFile())) {
                zip.stream().map(ZipEntry::getName).filter(SbomTest::isShippedClass).forEach(n -> {
                    fromComponents.add(n);
                    if (!inside.contains(n)) {
                        missing.add(group + ":" + name + " " + n);
                    }
                });
            }
        }
        assertThat(missing).as("classes of SBOM components that are not in afweging.jar").isEmpty();
        Path cliClasses = ROOT.resolve("cli/target/classes");
        List<String> unlisted;
        try (Stream<Path> files = Files.walk(cliClasses)) {
            files.map(p -> cliClasses.relativize(p).toString().replace('\\', '/')).forEach(fromComponents::add);
        }
        unlisted = inside.stream().filter(SbomTest::isShippedClass).filter(n -> !fromComponents.contains(n)).sorted().toList();
        assertThat(unlisted).as("classes in afweging.jar that no SBOM component brings").isEmpty();
        Set<String> listed = components(bom);
        listed.add("nl.afweging:afweging-cli:" + version());
        assertThat(listed).containsAll(versions);
        assertThat(bom.path("components").size()).isGreaterThan(50);
    }

    /** A class file as shade copies it: not a module descriptor, nor a multi-release variant (shade keeps those apart). */
    private static boolean isShippedClass(String name) {
        return name.endsWith(".class") && !name.endsWith("module-info.class") && !name.startsWith("META-INF/");
    }

    private static String version() {
        return nl.afweging.Engine.versie();
    }
}
