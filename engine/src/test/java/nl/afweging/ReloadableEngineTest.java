// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import nl.afweging.model.Advies;
import nl.afweging.model.Regelset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: an embedder (the service) loads changed rules without a restart. A reload that loads replaces the engine
 * at once, an engine taken before keeps its own rules, a reload that fails changes nothing, and an advice never mixes
 * two rule sets.
 */
class ReloadableEngineTest {
    private static final Path ROOT = TestEngines.root();
    private static final String DRIE = "meervoudigVanaf,3,";
    private static final String VIER = "meervoudigVanaf,4,";
    /** The peildatum of examples/aanvraag-wmo.json. */
    private static final java.time.LocalDate PEILDATUM = java.time.LocalDate.of(2026, 3, 1);

    @Test
    void aChangedParameterIsANewRuleSetAndAnEngineTakenBeforeKeepsTheOld(@TempDir Path regels, @TempDir Path cache) throws IOException {
        copy(ROOT.resolve("rules"), regels);
        String aanvraag = Files.readString(ROOT.resolve("examples/aanvraag-wmo.json"));
        ReloadableEngine herlaadbaar = ReloadableEngine.load(Engine.builder().rules(regels).cache(cache));
        Engine oud = herlaadbaar.current();
        Advies oudAdvies = oud.evaluate(aanvraag);

        // Three leefgebieden score 3 or lower: meervoudig under 2026.1's threshold of 3, not under 4. The newest version
        // (2027.1), which the Herlading names, changes too.
        replace(regels.resolve("2026.1/parameters.drl.csv"), DRIE, VIER);
        replace(regels.resolve("2027.1/parameters.drl.csv"), "meervoudigVanaf,2,", VIER);
        ReloadableEngine.Herlading h = herlaadbaar.reload();

        assertThat(h.vervangen()).isTrue();
        assertThat(h.problemen()).isEmpty();
        assertThat(h.vorige()).isEqualTo(oud.regelset());
        assertThat(h.huidige()).isEqualTo(herlaadbaar.current().regelset());
        assertThat(h.huidige().versie()).isEqualTo(h.vorige().versie()).isEqualTo("2027.1");
        assertThat(h.huidige().hash()).isNotEqualTo(h.vorige().hash());
        assertThat(herlaadbaar.herladingen()).isEqualTo(1);
        Engine nieuw = herlaadbaar.current();
        assertThat(nieuw).isNotSameAs(oud);
        Advies nieuwAdvies = herlaadbaar.evaluate(aanvraag);
        assertThat(nieuwAdvies.regelset().hash()).isNotEqualTo(oudAdvies.regelset().hash());
        assertThat(oudAdvies.aandachtspunten()).contains("EEN_GEZIN_EEN_PLAN");
        assertThat(nieuwAdvies.aandachtspunten()).doesNotContain("EEN_GEZIN_EEN_PLAN");
        assertThat(nieuw.regelset(PEILDATUM, "0840").hash()).isEqualTo(nieuwAdvies.regelset().hash());

        // The engine taken before the reload still advises on the rules it was built with.
        Advies weerOud = oud.evaluate(aanvraag);
        assertThat(Json.write(weerOud)).isEqualTo(Json.write(oudAdvies));
        assertThat(oud.regelset(PEILDATUM, "0840").hash()).isEqualTo(oudAdvies.regelset().hash());
    }

    @Test
    void aReloadNamesEveryVersionAndGemeenteWhoseHashChangedNotOnlyTheNewest(@TempDir Path regels, @TempDir Path cache) throws IOException {
        copy(ROOT.resolve("rules"), regels);
        ReloadableEngine herlaadbaar = ReloadableEngine.load(Engine.builder().rules(regels).cache(cache));
        List<Regelset> voor = herlaadbaar.current().regelsets();

        // Only 2026.1 changes: the newest version (2027.1) keeps its hash, so vorige and huidige alone would say nothing.
        replace(regels.resolve("2026.1/parameters.drl.csv"), DRIE, VIER);
        ReloadableEngine.Herlading h = herlaadbaar.reload();

        assertThat(h.huidige()).isEqualTo(h.vorige());
        assertThat(h.veranderd()).extracting(r -> r.versie() + (r.gemeente() == null ? "" : "@" + r.gemeente().code()))
                .containsExactly("2026.1", "2026.1@1728");
        assertThat(h.veranderd()).allSatisfy(r -> assertThat(voor).extracting(Regelset::hash).doesNotContain(r.hash()));

        // Only the gemeente's own regels change: the version with that gemeente, and nothing else.
        replace(regels.resolve("gemeenten/1728/parameters.drl.csv"), "mislukteMaatwerkTrajecten,1,", "mislukteMaatwerkTrajecten,2,");
        assertThat(herlaadbaar.reload().veranderd()).extracting(r -> r.versie() + "@" + r.gemeente().code())
                .containsExactly("2026.1@1728", "2027.1@1728");
        // Nothing changed: nothing named.
        assertThat(herlaadbaar.reload().veranderd()).isEmpty();
    }

    @Test
    void aBrokenRuleFileReplacesNothingAndTheCurrentEngineKeepsAdvising(@TempDir Path regels, @TempDir Path cache) throws IOException {
        copy(ROOT.resolve("rules/2026.1"), regels);
        String aanvraag = Files.readString(ROOT.resolve("examples/aanvraag-wmo.json"));
        ReloadableEngine herlaadbaar = ReloadableEngine.load(Engine.builder().rules(regels).cache(cache));
        Engine voor = herlaadbaar.current();
        String advies = Json.write(voor.evaluate(aanvraag));

        Files.writeString(regels.resolve("stappen.drl"), "\nrule \"X9 kapot\"\nwhen\n    Casus(\nthen\nend\n",
                java.nio.file.StandardOpenOption.APPEND);
        ReloadableEngine.Herlading h = herlaadbaar.reload();

        assertThat(h.vervangen()).isFalse();
        assertThat(h.huidige()).isEqualTo(h.vorige()).isEqualTo(voor.regelset());
        assertThat(h.problemen()).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("stappen.drl:"));
        assertThat(herlaadbaar.current()).isSameAs(voor);
        assertThat(herlaadbaar.herladingen()).isZero();
        assertThat(Json.write(herlaadbaar.evaluate(aanvraag))).isEqualTo(advies);
    }

    @Test
    void aFailureOtherThanTheRulesIsReturnedAsAProblemToo(@TempDir Path regels, @TempDir Path cache) throws IOException {
        copy(ROOT.resolve("rules/2026.1"), regels.resolve("2026.1"));
        ReloadableEngine herlaadbaar = ReloadableEngine.load(Engine.builder().rules(regels).cache(cache).fixedVersie("2026.1"));
        Engine voor = herlaadbaar.current();

        // The version the builder is pinned to is gone: build() throws IllegalArgumentException, no RuleSetLoadException.
        Files.move(regels.resolve("2026.1"), regels.resolve("2026.2"));
        replace(regels.resolve("2026.2/regelset.json"), "\"2026.1\"", "\"2026.2\"");
        ReloadableEngine.Herlading h = herlaadbaar.reload();

        assertThat(h.vervangen()).isFalse();
        assertThat(h.problemen()).singleElement().asString().contains("2026.1");
        assertThat(herlaadbaar.current()).isSameAs(voor);
    }

    @Test
    void loadThrowsAsBuildDoesWhenTheFirstRulesDoNotLoad(@TempDir Path regels) throws IOException {
        copy(ROOT.resolve("rules/2026.1"), regels);
        Files.writeString(regels.resolve("stappen.drl"), "rule kapot");

        Throwable thrown = catchThrowable(() -> ReloadableEngine.load(Engine.builder().rules(regels)));

        assertThat(thrown).isInstanceOf(RuleSetLoadException.class);
        assertThat(((RuleSetLoadException) thrown).problems()).anySatisfy(p -> assertThat(p.bestand()).isEqualTo("stappen.drl"));
    }

    /**
     * Threads advise in a loop while another reloads back and forth between two rule sets: every advice comes from one
     * of the two, and is exactly what an engine of that rule set alone gives.
     */
    @Test
    void adviceDuringReloadsNeverMixesTwoRuleSets(@TempDir Path regels, @TempDir Path a, @TempDir Path b, @TempDir Path cache)
            throws Exception {
        copy(ROOT.resolve("rules/2026.1"), a);
        copy(ROOT.resolve("rules/2026.1"), b);
        replace(b.resolve("parameters.drl.csv"), DRIE, VIER);
        copy(a, regels);
        List<String> aanvragen = fixtureAanvragen(25);
        Map<String, Map<String, String>> verwacht = new HashMap<>();
        for (Path folder : List.of(a, b)) {
            Engine engine = Engine.builder().rules(folder).cache(cache).build();
            Map<String, String> adviezen = new HashMap<>();
            aanvragen.forEach(json -> adviezen.put(json, Json.write(engine.evaluate(json))));
            verwacht.put(engine.regelset().hash(), adviezen);
        }
        assertThat(verwacht).hasSize(2);
        // The two rule sets advise differently on some of these aanvragen, or mixing could not show.
        List<Map<String, String>> beide = List.copyOf(verwacht.values());
        assertThat(aanvragen).anySatisfy(json -> assertThat(beide.get(0).get(json).replaceAll("sha256:[0-9a-f]+", ""))
                .isNotEqualTo(beide.get(1).get(json).replaceAll("sha256:[0-9a-f]+", "")));

        ReloadableEngine herlaadbaar = ReloadableEngine.load(Engine.builder().rules(regels).cache(cache));
        Queue<String> fouten = new ConcurrentLinkedQueue<>();
        Set<String> gezien = ConcurrentHashMap.newKeySet();
        AtomicBoolean klaar = new AtomicBoolean();
        List<Thread> adviseurs = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            int nummer = t;
            adviseurs.add(new Thread(() -> {
                int i = nummer;
                while (!klaar.get() || i < aanvragen.size()) {
                    String json = aanvragen.get(i++ % aanvragen.size());
                    try {
                        Advies advies = i % 2 == 0 ? herlaadbaar.evaluate(json) : herlaadbaar.current().evaluate(json);
                        String hash = advies.regelset().hash();
                        gezien.add(hash);
                        Map<String, String> vanDieRegels = verwacht.get(hash);
                        if (vanDieRegels == null) {
                            fouten.add("onbekende hash " + hash);
                        } else if (!vanDieRegels.get(json).equals(Json.write(advies))) {
                            fouten.add("advies wijkt af van regelset " + hash + ": " + Json.write(advies));
                        }
                    } catch (RuntimeException e) {
                        fouten.add(e.toString());
                    }
                }
            }));
        }
        adviseurs.forEach(Thread::start);
        int herladingen = 20;
        List<String> hashes = new ArrayList<>();
        for (int r = 0; r < herladingen; r++) {
            copy(r % 2 == 0 ? b : a, regels);
            ReloadableEngine.Herlading h = herlaadbaar.reload();
            assertThat(h.vervangen()).as(h.problemen().toString()).isTrue();
            hashes.add(h.huidige().hash());
        }
        klaar.set(true);
        for (Thread t : adviseurs) {
            t.join();
        }

        assertThat(fouten).isEmpty();
        assertThat(herlaadbaar.herladingen()).isEqualTo(herladingen);
        assertThat(gezien).isEqualTo(verwacht.keySet());
        for (int r = 1; r < herladingen; r++) {
            assertThat(hashes.get(r)).isNotEqualTo(hashes.get(r - 1));
        }
        assertThat(Set.copyOf(hashes)).isEqualTo(verwacht.keySet());
    }

    /**
     * The watch reloads by itself once the folder is quiet, also for a folder made after it started: a new version is
     * taken, and then a change inside that new folder.
     */
    @Test
    void aWatchReloadsAfterAChangeAlsoInANewFolder(@TempDir Path regels, @TempDir Path cache) throws Exception {
        copy(ROOT.resolve("rules/2026.1"), regels.resolve("2026.1"));
        ReloadableEngine herlaadbaar = ReloadableEngine.load(Engine.builder().rules(regels).cache(cache));
        assertThat(herlaadbaar.current().regelset().versie()).isEqualTo("2026.1");
        AutoCloseable bewaking = herlaadbaar.watch(regels, Duration.ofMillis(300));
        try {
            copy(ROOT.resolve("rules/2027.1"), regels.resolve("2027.1"));
            awaitUntil(() -> herlaadbaar.current().regelset().versie().equals("2027.1"));
            String hash = herlaadbaar.current().regelset().hash();
            assertThat(herlaadbaar.current().parameters()).containsEntry("meervoudigVanaf", 2);

            replace(regels.resolve("2027.1/parameters.drl.csv"), "meervoudigVanaf,2,", "meervoudigVanaf,4,");
            awaitUntil(() -> !herlaadbaar.current().regelset().hash().equals(hash));
            assertThat(herlaadbaar.current().parameters()).containsEntry("meervoudigVanaf", 4);
            assertThat(herlaadbaar.current().regelset().versie()).isEqualTo("2027.1");
            assertThat(herlaadbaar.herladingen()).isPositive();
        } finally {
            bewaking.close();
        }
        awaitUntil(() -> watchThreads() == 0);
        herlaadbaar.close();
    }

    @Test
    void closingTheEngineStopsItsWatches(@TempDir Path regels) throws Exception {
        copy(ROOT.resolve("rules/2026.1"), regels);
        ReloadableEngine herlaadbaar = ReloadableEngine.load(Engine.builder().rules(regels));
        herlaadbaar.watch(regels, Duration.ofSeconds(1));
        herlaadbaar.watch(regels, Duration.ofSeconds(2));
        assertThat(watchThreads()).isEqualTo(2);

        herlaadbaar.close();

        awaitUntil(() -> watchThreads() == 0);
        assertThat(catchThrowable(() -> herlaadbaar.watch(regels, Duration.ofSeconds(1)))).isInstanceOf(IllegalStateException.class);
        // Closing stops the watching, not the advising.
        assertThat(herlaadbaar.evaluate(Files.readString(ROOT.resolve("examples/aanvraag-wmo.json"))).niveau()).isNotNull();
    }

    private static long watchThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("afweging-regels-bewaken") && t.isAlive()).count();
    }

    /** Waits for a condition that a background thread makes true, for at most 20 seconds. */
    private static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("niet binnen 20 seconden").isLessThan(end);
            Thread.sleep(50);
        }
    }

    private static List<String> fixtureAanvragen(int aantal) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String> aanvragen = new ArrayList<>();
        try (Stream<Path> files = Files.list(ROOT.resolve("fixtures"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().limit(aantal).toList()) {
                JsonNode aanvraag = mapper.readTree(f.toFile()).get("aanvraag");
                aanvragen.add(mapper.writeValueAsString(aanvraag));
            }
        }
        return aanvragen;
    }

    private static void replace(Path file, String oud, String nieuw) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(oud);
        Files.writeString(file, text.replace(oud, nieuw));
    }

    /** Copies a folder's tree into {@code target}, replacing what is there. */
    private static void copy(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path p : paths.sorted(Comparator.naturalOrder()).toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
