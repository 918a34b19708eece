// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: a service reloads its rules many times without a restart, so a reload must leave nothing behind. Each
 * loaded rule set is a class loader with its own generated classes (about 136 for one version, 0.7 MB of metaspace);
 * a reload that kept the old one would add those every time, and they would never unload.
 *
 * <p>Measured on this project (Java 17, G1): 200 reloads loaded about 27,000 classes and unloaded as many; the
 * loaded-class count after a full GC rose by 4, metaspace by about 1 MB (chunks the JVM keeps for reuse). Before the
 * fix in {@code impl.ruleset.KieBases}, changed rules were kept by Drools' KieRepository: 25 reloads of changed
 * rules kept 3,400 classes and 17 MB. The limits below (500 classes, 8 MiB) lie well above the noise and well below
 * what a few kept rule sets cost.
 */
class ReloadMetaspaceTest {
    private static final int WARM_UP = 20;
    private static final int RELOADS = 200;
    private static final int CLASS_TOLERANCE = 500;
    private static final long METASPACE_TOLERANCE = 8L * 1024 * 1024;

    static {
        // The tests run inside the engine module, which has no need of java.management itself.
        ReloadMetaspaceTest.class.getModule().addReads(ModuleLayer.boot().findModule("java.management").orElseThrow());
    }

    /** Back and forth between two rule sets, each read from the compiled-rules cache, as a service with a cache does. */
    @Test
    void twoHundredReloadsLeaveNoClassesOrMetaspaceBehind(@TempDir Path regels, @TempDir Path cache) throws Exception {
        copyVersion(regels);
        Path parameters = regels.resolve("parameters.drl.csv");
        String a = Files.readString(parameters);
        String b = a.replace("trajectTermijnMaanden,12,", "trajectTermijnMaanden,13,");
        assertThat(b).isNotEqualTo(a);
        ReloadableEngine engine = ReloadableEngine.load(Engine.builder().rules(regels).cache(cache));

        List<String> hashes = reloads(engine, parameters, WARM_UP, i -> i % 2 == 0 ? b : a);
        Measure before = Measure.settled();
        hashes.addAll(reloads(engine, parameters, RELOADS, i -> i % 2 == 0 ? b : a));
        Measure after = Measure.settled();
        report("200 herladingen uit de cache", before, after);

        assertThat(engine.herladingen()).isEqualTo(WARM_UP + RELOADS);
        assertThat(engine.current().regelset().hash()).isEqualTo(hashes.get(hashes.size() - 1));
        assertThat(hashes).hasSize(WARM_UP + RELOADS).doesNotContainNull();
        assertThat(Set.copyOf(hashes)).hasSize(2);
        for (int i = 2; i < hashes.size(); i++) {
            assertThat(hashes.get(i)).isNotEqualTo(hashes.get(i - 1)).isEqualTo(hashes.get(i - 2));
        }
        assertNothingLeft(before, after, RELOADS);
    }

    /** Every reload a changed rule set, compiled: what editing the rules of a running service does. */
    @Test
    void reloadsOfChangedRulesLeaveNothingBehindEither(@TempDir Path regels, @TempDir Path cache) throws Exception {
        copyVersion(regels);
        Path parameters = regels.resolve("parameters.drl.csv");
        String a = Files.readString(parameters);
        IntFunction<String> termijn = maanden -> a.replace("trajectTermijnMaanden,12,", "trajectTermijnMaanden," + maanden + ",");
        ReloadableEngine engine = ReloadableEngine.load(Engine.builder().rules(regels).cache(cache));
        int changes = 20;

        reloads(engine, parameters, 3, i -> termijn.apply(50 + i));
        Measure before = Measure.settled();
        List<String> hashes = reloads(engine, parameters, changes, i -> termijn.apply(13 + i));
        Measure after = Measure.settled();
        report(changes + " herladingen van gewijzigde regels", before, after);

        assertThat(Set.copyOf(hashes)).hasSize(changes);
        assertThat(engine.current().parameters()).containsEntry("trajectTermijnMaanden", 13 + changes - 1);
        assertNothingLeft(before, after, changes);
    }

    private static void assertNothingLeft(Measure before, Measure after, int reloads) {
        // Not vacuous: every reload loaded a rule set's classes anew (about 136), and they were unloaded again.
        assertThat(after.totalLoaded - before.totalLoaded).isGreaterThanOrEqualTo(50L * reloads);
        assertThat(after.unloaded - before.unloaded).isGreaterThanOrEqualTo(50L * reloads);
        assertThat(after.classes).isLessThanOrEqualTo(before.classes + CLASS_TOLERANCE);
        assertThat(after.metaspace).isLessThanOrEqualTo(before.metaspace + METASPACE_TOLERANCE);
    }

    /** Writes the parameter table {@code count} times, reloading after each; the new hash of each reload. */
    private static List<String> reloads(ReloadableEngine engine, Path parameters, int count, IntFunction<String> content)
            throws IOException {
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Files.writeString(parameters, content.apply(i));
            ReloadableEngine.Herlading h = engine.reload();
            assertThat(h.problemen()).isEmpty();
            assertThat(h.vervangen()).isTrue();
            assertThat(h.huidige().hash()).isNotEqualTo(h.vorige().hash());
            hashes.add(h.huidige().hash());
        }
        return hashes;
    }

    private static void report(String what, Measure before, Measure after) {
        System.out.printf("%s: geladen klassen %d -> %d (in totaal geladen +%d, ontladen +%d); metaspace %d -> %d KiB%n", what,
                before.classes, after.classes, after.totalLoaded - before.totalLoaded, after.unloaded - before.unloaded,
                before.metaspace / 1024, after.metaspace / 1024);
    }

    private record Measure(int classes, long totalLoaded, long unloaded, long metaspace) {
        /** After full collections, so classes that can unload have unloaded. */
        static Measure settled() throws InterruptedException {
            ClassLoadingMXBean loading = ManagementFactory.getClassLoadingMXBean();
            MemoryPoolMXBean metaspace = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getName().equals("Metaspace")).findFirst().orElseThrow();
            for (int i = 0; i < 5; i++) {
                System.gc();
                Thread.sleep(100);
            }
            return new Measure(loading.getLoadedClassCount(), loading.getTotalLoadedClassCount(), loading.getUnloadedClassCount(),
                    metaspace.getUsage().getUsed());
        }
    }

    /** One version of the repository's rules: the smallest rule set that is whole. */
    private static void copyVersion(Path target) throws IOException {
        try (Stream<Path> files = Files.list(TestEngines.root().resolve("rules/2026.1"))) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
    }
}
