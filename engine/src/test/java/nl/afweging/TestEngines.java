// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** One loaded default engine for the whole test run (loading compiles the rules, which takes seconds). */
public final class TestEngines {
    private static Engine standaard;

    private TestEngines() {}

    public static synchronized Engine standaard() {
        if (standaard == null) {
            standaard = Engine.builder().build();
        }
        return standaard;
    }

    /**
     * The class path for a child JVM that runs a test class: the test runs on the module path (the engine is a named
     * module), where {@code java.class.path} alone lacks the engine, so both paths are joined.
     */
    public static String classPath() {
        String modules = System.getProperty("jdk.module.path", "");
        String classes = System.getProperty("java.class.path", "");
        return modules.isEmpty() ? classes : classes.isEmpty() ? modules : modules + java.io.File.pathSeparator + classes;
    }

    /** The repository root, where {@code rules/}, {@code fixtures/} and {@code examples/} live. */
    public static Path root() {
        String configured = System.getProperty("afweging.root");
        Path start = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("rules")) && Files.isDirectory(p.resolve("engine"))) {
                return p;
            }
        }
        throw new IllegalStateException("Repository root not found from " + start);
    }

    /** Every case file under {@code fixtures/}, in name order. */
    public static List<Path> fixtureFiles() throws IOException {
        try (Stream<Path> files = Files.list(root().resolve("fixtures"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }
}
