// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.afweging.impl.evaluation.Evaluator;
import nl.afweging.model.Aanvraag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;

/**
 * The alpha network compiler: networks compiled into the cache, put back on a load from it, and never onto a network
 * they were not made from. Every advice must be the advice of Drools' own network, byte for byte.
 */
class AlphaNetworkTest {
    private static final Path ROOT = FixtureRuleSets.ROOT;
    private static final String CASUS = "nl.afweging.feiten.Casus";
    private static final String PROFIEL = "nl.afweging.feiten.Profiel";
    private static List<Aanvraag> aanvragen;
    private static List<String> eigenNetwerk;

    @BeforeAll
    static void droolsOwnNetwork() throws IOException {
        aanvragen = FixtureRuleSets.fixtures();
        LoadedRuleSet klassiek = RuleSetLoader.load(FixtureRuleSets.rules(ROOT.resolve("rules/2026.1")));
        assertThat(klassiek.alfanetwerken()).isEmpty();
        eigenNetwerk = advies(klassiek);
    }

    @Test
    void aRuleSetInTheCacheRunsItsNetworksCompiledFromTheFirstLoadOnAndAdvisesAsDroolsOwnNetwork(@TempDir Path cache) throws IOException {
        LoadedRuleSet eerste = RuleSetLoader.load(FixtureRuleSets.rules(ROOT.resolve("rules/2026.1")), cache, true);
        // Nothing is compiled before the first advice: a service is ready sooner.
        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files.filter(p -> p.toString().endsWith(".klassen"))).isEmpty();
        }
        List<String> eersteAdvies = advies(eerste);
        LoadedRuleSet tweede = RuleSetLoader.load(FixtureRuleSets.rules(ROOT.resolve("rules/2026.1")), cache, true);

        assertThat(eerste.alfanetwerken()).contains(CASUS, PROFIEL, "nl.afweging.feiten.VraagOpNiveau");
        assertThat(part(cache, "-alfanetwerk-").getFileName().toString()).endsWith(".klassen");
        assertThat(tweede.uitCache()).isTrue();
        assertThat(tweede.alfanetwerken()).isEqualTo(eerste.alfanetwerken());
        assertThat(eersteAdvies).isEqualTo(eigenNetwerk);
        assertThat(advies(tweede)).isEqualTo(eigenNetwerk);
    }

    /** Threads that ask for a rule set's first advice at once: one puts the networks in place, all advise alike. */
    @Test
    void theFirstAdvicesOnManyThreadsAtOnceAllAdviseAsDroolsOwnNetwork(@TempDir Path cache) throws Exception {
        RuleSetLoader.load(FixtureRuleSets.rules(ROOT.resolve("rules/2026.1")), cache, true).alfanetwerken();
        LoadedRuleSet vers = RuleSetLoader.load(FixtureRuleSets.rules(ROOT.resolve("rules/2026.1")), cache, true);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<List<String>>> uitkomsten = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                uitkomsten.add(threads.submit(() -> {
                    start.await();
                    return advies(vers);
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<List<String>> uitkomst : uitkomsten) {
                assertThat(uitkomst.get()).isEqualTo(eigenNetwerk);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(vers.alfanetwerken()).contains(CASUS, PROFIEL);
    }

    /** decide advises once (Engine.Builder.onlyFor): putting the networks back would cost it more than they gain. */
    @Test
    void aLoadForOneAdviceLeavesTheNetworksOutAndOneForManyCompilesThem(@TempDir Path cache) throws IOException {
        LoadedRuleSet eenmaal = RuleSetLoader.load(FixtureRuleSets.rules(ROOT.resolve("rules/2026.1")), cache, false);

        assertThat(eenmaal.alfanetwerken()).isEmpty();
        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files.filter(p -> p.toString().endsWith(".klassen"))).isEmpty();
        }
        LoadedRuleSet vaak = RuleSetLoader.load(FixtureRuleSets.rules(ROOT.resolve("rules/2026.1")), cache, true);
        assertThat(vaak.uitCache()).isTrue();
        assertThat(vaak.alfanetwerken()).contains(CASUS, PROFIEL);
        assertThat(RuleSetLoader.load(FixtureRuleSets.rules(ROOT.resolve("rules/2026.1")), cache, false).alfanetwerken()).isEmpty();
        assertThat(advies(eenmaal)).isEqualTo(eigenNetwerk);
        assertThat(advies(vaak)).isEqualTo(eigenNetwerk);
    }

    @Test
    void aNetworkWithMoreSourceThanTheLimitKeepsDroolsOwn() {
        KieBase rules = classicKieBase(ROOT.resolve("rules/2026.1"));
        Map<String, AlphaNetwork.Compiled> alle = AlphaNetwork.compile(rules, Integer.MAX_VALUE);
        long grootste = AlphaNetwork.sourceSizes(rules).values().stream().mapToLong(Integer::longValue).max().orElseThrow();

        Map<String, AlphaNetwork.Compiled> klein = AlphaNetwork.compile(rules, (int) grootste - 1);

        assertThat(alle).hasSizeGreaterThan(klein.size());
        assertThat(klein.keySet()).allSatisfy(type -> assertThat(AlphaNetwork.sourceSizes(rules).get(type)).isLessThan((int) grootste));
    }

    /** A class compiled from one network is refused by a network whose conditions differ, even by one literal. */
    @Test
    void aCompiledNetworkGoesOnlyOntoTheNetworkItWasMadeFrom(@TempDir Path kopie) throws IOException {
        FixtureRuleSets.copyRules(kopie);
        Path stappen = kopie.resolve("stappen.drl");
        Files.writeString(stappen, Files.readString(stappen).replace("Casus(wet == Wet.WMO,", "Casus(wet == Wet.JEUGDWET,"));
        Map<String, AlphaNetwork.Compiled> vanStandaard = AlphaNetwork.compile(classicKieBase(ROOT.resolve("rules/2026.1")), AlphaNetwork.MAX_SOURCE);
        KieBase gewijzigd = classicKieBase(kopie);

        assertThat(AlphaNetwork.attach(gewijzigd, vanStandaard)).contains(PROFIEL).doesNotContain(CASUS);
    }

    @Test
    void aChangedOrForeignNetworkPartIsRefusedAndCompiledAnew(@TempDir Path cache, @TempDir Path kopie) throws IOException {
        LoadedRuleSet eerste = RuleSetLoader.load(FixtureRuleSets.rules(ROOT.resolve("rules/2026.1")), cache, true);
        // The networks are compiled and kept at the first advice, or when asked for.
        assertThat(eerste.alfanetwerken()).isNotEmpty();
        Path deel = part(cache, "-alfanetwerk-");
        byte[] bytes = Files.readAllBytes(deel);
        bytes[bytes.length - 10] ^= 1;
        Files.write(deel, bytes);

        LoadedRuleSet gewijzigd = RuleSetLoader.load(FixtureRuleSets.rules(ROOT.resolve("rules/2026.1")), cache, true);

        assertThat(gewijzigd.uitCache()).isTrue();
        assertThat(gewijzigd.alfanetwerken()).isEqualTo(eerste.alfanetwerken());
        assertThat(advies(gewijzigd)).isEqualTo(eigenNetwerk);
        assertThat(Files.readAllBytes(deel)).isNotEqualTo(bytes);

        // Another rule set's networks, copied under this rule set's name.
        FixtureRuleSets.copyRules(kopie);
        Path stappen = kopie.resolve("stappen.drl");
        Files.writeString(stappen, Files.readString(stappen).replace("Casus(wet == Wet.WMO,", "Casus(wet == Wet.JEUGDWET,"));
        String standaard = eerste.regelset().hash().replace("sha256:", "");
        LoadedRuleSet anderGeladen = RuleSetLoader.load(FixtureRuleSets.rules(kopie), cache, true);
        assertThat(anderGeladen.alfanetwerken()).isNotEmpty();
        String ander = anderGeladen.regelset().hash().replace("sha256:", "");
        Path vreemd = part(cache, ander + "-alfanetwerk-");
        Files.copy(vreemd, deel, StandardCopyOption.REPLACE_EXISTING);

        LoadedRuleSet metVreemd = RuleSetLoader.load(FixtureRuleSets.rules(ROOT.resolve("rules/2026.1")), cache, true);

        assertThat(metVreemd.alfanetwerken()).isEqualTo(eerste.alfanetwerken());
        assertThat(advies(metVreemd)).isEqualTo(eigenNetwerk);
        assertThat(Files.readAllBytes(deel)).isNotEqualTo(Files.readAllBytes(vreemd));
        assertThat(deel.getFileName().toString()).startsWith(standaard);
    }

    @Test
    void theCachePartReadsBackAsItWasWritten() throws IOException {
        Map<String, AlphaNetwork.Compiled> compiled = AlphaNetwork.compile(classicKieBase(ROOT.resolve("rules/2026.1")), AlphaNetwork.MAX_SOURCE);

        byte[] bytes = AlphaNetwork.write(compiled);
        Map<String, AlphaNetwork.Compiled> terug = AlphaNetwork.read(bytes);

        assertThat(terug.keySet()).isEqualTo(compiled.keySet());
        assertThat(AlphaNetwork.write(terug)).isEqualTo(bytes);
        byte[] langer = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> AlphaNetwork.read(langer))).isInstanceOf(IOException.class);
    }

    private static KieBase classicKieBase(Path folder) {
        List<nl.afweging.model.LoadProblem> problems = new ArrayList<>();
        KieBase kieBase = RuleCompiler.compile(FixtureRuleSets.rules(folder), null, problems, false).regels();
        assertThat(problems).isEmpty();
        return kieBase;
    }

    private static Path part(Path cache, String naam) throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(p -> p.getFileName().toString().contains(naam)).findFirst().orElseThrow();
        }
    }

    private static List<String> advies(LoadedRuleSet ruleSet) {
        Evaluator evaluator = new Evaluator(ruleSet, "test");
        return aanvragen.stream().map(a -> nl.afweging.Json.write(evaluator.evaluate(a))).toList();
    }
}
