// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The benchmark runs on the class path, where the engine's module boundary does not hold, so this checks it: no
 * class of the benchmark names a type from the engine's internal packages ({@code nl.afweging.impl}).
 */
class UsesOnlyTheEngineApiTest {
    @Test
    void noBenchmarkClassUsesTheEngineInternals() throws Exception {
        Path classes = Path.of(BenchMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> offenders;
        try (Stream<Path> files = Files.walk(classes)) {
            offenders = files.filter(p -> p.toString().endsWith(".class")).filter(p -> {
                try {
                    return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).contains("nl/afweging/impl/");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(p -> classes.relativize(p).toString()).toList();
        }
        assertThat(classes.resolve("nl/afweging/bench/BenchMain.class")).exists();
        assertThat(offenders).isEmpty();
    }
}
