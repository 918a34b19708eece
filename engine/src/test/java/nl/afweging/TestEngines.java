package nl.afweging;

import java.nio.file.Files;
import java.nio.file.Path;

/** One loaded default engine for the whole test run (loading compiles the rules, which takes seconds). */
final class TestEngines {
    private static Engine standaard;

    private TestEngines() {}

    static synchronized Engine standaard() {
        if (standaard == null) {
            standaard = Engine.builder().build();
        }
        return standaard;
    }

    /** The repository root, where {@code rules/}, {@code fixtures/} and {@code examples/} live. */
    static Path root() {
        String configured = System.getProperty("afweging.root");
        Path start = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("rules")) && Files.isDirectory(p.resolve("engine"))) {
                return p;
            }
        }
        throw new IllegalStateException("Repository root not found from " + start);
    }
}
