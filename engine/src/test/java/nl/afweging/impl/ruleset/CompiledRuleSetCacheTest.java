// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import nl.afweging.impl.evaluation.Evaluator;
import nl.afweging.impl.ruleset.LoadedRuleSet;
import nl.afweging.impl.ruleset.RuleSetLoader;
import nl.afweging.impl.ruleset.RuleSource;
import nl.afweging.model.Aanvraag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cached compiled rule set must be indistinguishable from a freshly compiled one: the same advies, byte for
 * byte, on every fixture; and a cache entry is used only for exactly the same rule files.
 */
class CompiledRuleSetCacheTest {
    private static final Path ROOT = FixtureRuleSets.ROOT;
    private static List<Aanvraag> aanvragen;
    private static List<String> klassiek;

    @BeforeAll
    static void classicAdvice() throws IOException {
        aanvragen = FixtureRuleSets.fixtures();
        klassiek = advies(RuleSetLoader.load(FixtureRuleSets.rules(ROOT.resolve("rules/2026.1"))));
    }

    @Test
    void aFirstLoadCompilesAndKeepsItASecondReadsItAndBothAdviseAsTheClassicBuild(@TempDir Path cache) throws IOException {
        LoadedRuleSet eerste = RuleSetLoader.load(FixtureRuleSets.rules(ROOT.resolve("rules/2026.1")), cache, true);
        List<Path> bestanden = kjars(cache);
        LoadedRuleSet tweede = RuleSetLoader.load(FixtureRuleSets.rules(ROOT.resolve("rules/2026.1")), cache, true);

        assertThat(eerste.uitCache()).isFalse();
        // The rules and, compiled apart, the parameter table.
        assertThat(bestanden).hasSize(2);
        assertThat(bestanden).allSatisfy(f -> assertThat(f.getFileName().toString()).startsWith(eerste.regelset().hash().replace("sha256:", "")));
        assertThat(tweede.uitCache()).isTrue();
        assertThat(kjars(cache)).isEqualTo(bestanden);
        assertThat(advies(eerste)).isEqualTo(klassiek);
        assertThat(advies(tweede)).isEqualTo(klassiek);
        assertThat(tweede.regels().keySet()).isEqualTo(eerste.regels().keySet());
        assertThat(tweede.parameters()).isEqualTo(eerste.parameters());
    }

    @Test
    void aChangedRuleFileIsCompiledAnewAndItsOwnEntryIsUsed(@TempDir Path cache, @TempDir Path kopie) throws IOException {
        FixtureRuleSets.copyRules(kopie);
        RuleSetLoader.load(FixtureRuleSets.rules(ROOT.resolve("rules/2026.1")), cache, true);
        Path parameters = kopie.resolve("parameters.drl.csv");
        Files.writeString(parameters, Files.readString(parameters).replace("trajectTermijnMaanden,12,", "trajectTermijnMaanden,13,"));

        LoadedRuleSet gewijzigd = RuleSetLoader.load(FixtureRuleSets.rules(kopie), cache, true);

        assertThat(gewijzigd.uitCache()).isFalse();
        assertThat(gewijzigd.parameters()).containsEntry("trajectTermijnMaanden", 13);
        assertThat(kjars(cache)).hasSize(4);
        assertThat(RuleSetLoader.load(FixtureRuleSets.rules(kopie), cache, true).parameters()).containsEntry("trajectTermijnMaanden", 13);
    }

    @Test
    void anUnreadableEntryIsIgnoredAndReplaced(@TempDir Path cache) throws IOException {
        RuleSetLoader.load(FixtureRuleSets.rules(ROOT.resolve("rules/2026.1")), cache, true);
        Path entry = kjars(cache).get(0);
        Files.write(entry, "geen jar".getBytes());

        LoadedRuleSet herbouwd = RuleSetLoader.load(FixtureRuleSets.rules(ROOT.resolve("rules/2026.1")), cache, true);

        assertThat(herbouwd.uitCache()).isFalse();
        assertThat(advies(herbouwd)).isEqualTo(klassiek);
        assertThat(RuleSetLoader.load(FixtureRuleSets.rules(ROOT.resolve("rules/2026.1")), cache, true).uitCache()).isTrue();
    }

    /**
     * MVEL reads '(a >= b) == true'; the executable model does not. With a cache every rule set is built by the
     * executable model, so this one is a compile error, named; it is never built the classic way instead.
     */
    @Test
    void aRuleSetOnlyTheClassicCompilerAcceptsIsAProblemNotAFallback(@TempDir Path cache, @TempDir Path kopie) throws IOException {
        FixtureRuleSets.copyRules(kopie);
        Path ladder = kopie.resolve("ladder.drl.csv");
        Files.writeString(ladder, Files.readString(ladder).replace("$p.heeftMinstens(waarde, 3) == $param", "($p.aantalTotEnMet(3) >= waarde) == $param"));

        Throwable refused = catchThrowable(() -> RuleSetLoader.load(FixtureRuleSets.rules(kopie), cache, true));

        assertThat(refused).isInstanceOf(RuleSetProblems.class);
        assertThat(((RuleSetProblems) refused).problems()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.code()).isEqualTo(nl.afweging.model.ProblemCode.COMPILEERFOUT));
        assertThat(kjars(cache)).isEmpty();
    }

    /**
     * An entry is proved by an HMAC over the rule files' hash, the part, the engine's fingerprint and the bytes, under
     * the user's key. Each input swapped on its own (the entry moved to another hash's or part's name, read by an
     * engine with another fingerprint, or under another key) and the entry is refused.
     */
    @Test
    void anEntryIsRefusedWhenAnyOneInputOfItsProofIsSwapped(@TempDir Path cache, @TempDir Path sleutels) throws IOException {
        CacheKey key = CacheKey.in(sleutels.resolve("eigen"), cache);
        CompiledRuleSetCache own = CompiledRuleSetCache.of(cache, "vingerafdruk-a", key);
        byte[] bytes = "beschrijving van een regelset".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String hash = "sha256:" + "a".repeat(64);
        own.store(bytes, hash, "beschrijving");
        assertThat(own.bytes(hash, "beschrijving")).as("the entry as kept").hasValue(bytes);

        String otherHash = "sha256:" + "b".repeat(64);
        Files.copy(own.partFile(hash, "beschrijving"), own.partFile(otherHash, "beschrijving"));
        assertThat(own.bytes(otherHash, "beschrijving")).as("another hash").isEmpty();

        Files.copy(own.partFile(hash, "beschrijving"), own.partFile(hash, "alfanetwerk"));
        assertThat(own.bytes(hash, "alfanetwerk")).as("another part").isEmpty();

        CompiledRuleSetCache otherEngine = CompiledRuleSetCache.of(cache, "vingerafdruk-b", key);
        Files.copy(own.partFile(hash, "beschrijving"), otherEngine.partFile(hash, "beschrijving"));
        assertThat(otherEngine.bytes(hash, "beschrijving")).as("another engine").isEmpty();

        CompiledRuleSetCache otherKey = CompiledRuleSetCache.of(cache, "vingerafdruk-a", CacheKey.in(sleutels.resolve("vreemd"), cache));
        assertThat(otherKey.bytes(hash, "beschrijving")).as("another key").isEmpty();
    }

    @Test
    void aBrokenRuleSetFailsWithTheSameProblemsAndLeavesNothingInTheCache(@TempDir Path cache, @TempDir Path kopie) throws IOException {
        FixtureRuleSets.copyRules(kopie);
        Path trajecten = kopie.resolve("trajecten.drl");
        Files.writeString(trajecten, Files.readString(trajecten).replaceFirst("\nthen", "\nthn"));

        RuleSetProblems zonder = catchLoad(() -> RuleSetLoader.load(FixtureRuleSets.rules(kopie)));
        RuleSetProblems met = catchLoad(() -> RuleSetLoader.load(FixtureRuleSets.rules(kopie), cache, true));

        assertThat(met.problems()).isNotEmpty().isEqualTo(zonder.problems());
        assertThat(met.problems().get(0).plaats()).startsWith("trajecten.drl:");
        assertThat(kjars(cache)).isEmpty();
    }

    /**
     * A proved entry stands for a rule set that passed the allow-list (a cache hit skips the check), so a rule set
     * with forbidden code must never get one: it is refused, with cache or without, and nothing is kept.
     */
    @Test
    void aRuleSetWithForbiddenCodeIsRefusedAndNeverGetsAnEntry(@TempDir Path cache, @TempDir Path kopie) throws IOException {
        FixtureRuleSets.copyRules(kopie);
        Path trajecten = kopie.resolve("trajecten.drl");
        Files.writeString(trajecten, Files.readString(trajecten).replaceFirst("\nthen\n", "\nthen\n    System.exit(0);\n"));

        RuleSetProblems zonder = catchLoad(() -> RuleSetLoader.load(FixtureRuleSets.rules(kopie)));
        RuleSetProblems met = catchLoad(() -> RuleSetLoader.load(FixtureRuleSets.rules(kopie), cache, true));

        assertThat(met.problems()).isEqualTo(zonder.problems())
                .anySatisfy(p -> assertThat(p.code()).isEqualTo(nl.afweging.model.ProblemCode.NIET_TOEGESTAAN));
        assertThat(kjars(cache)).isEmpty();
    }

    /** Another rule set's compiled form copied over this one's entries (same names): refused, the real rules advise. */
    @Test
    void anEntryCopiedFromAnotherRuleSetIsRefused(@TempDir Path cache, @TempDir Path kopie) throws IOException {
        FixtureRuleSets.copyRules(kopie);
        Path parameters = kopie.resolve("parameters.drl.csv");
        Files.writeString(parameters, Files.readString(parameters).replace("trajectTermijnMaanden,12,", "trajectTermijnMaanden,13,"));
        String standaard = RuleSource.fromDirectory(ROOT.resolve("rules/2026.1")).hash().replace("sha256:", "");
        String ander = RuleSource.fromDirectory(kopie).hash().replace("sha256:", "");
        RuleSetLoader.load(FixtureRuleSets.rules(ROOT.resolve("rules/2026.1")), cache, true);
        RuleSetLoader.load(FixtureRuleSets.rules(kopie), cache, true);
        for (Path entry : kjars(cache)) {
            String name = entry.getFileName().toString();
            if (name.startsWith(ander)) {
                Files.copy(entry, entry.resolveSibling(name.replace(ander, standaard)), StandardCopyOption.REPLACE_EXISTING);
            }
        }

        LoadedRuleSet geladen = RuleSetLoader.load(FixtureRuleSets.rules(ROOT.resolve("rules/2026.1")), cache, true);

        assertThat(geladen.uitCache()).isFalse();
        assertThat(geladen.parameters()).containsEntry("trajectTermijnMaanden", 12);
        assertThat(advies(geladen)).isEqualTo(klassiek);
    }

    @Test
    void anEntryWithOneFlippedByteIsRefused(@TempDir Path cache) throws IOException {
        RuleSetLoader.load(FixtureRuleSets.rules(ROOT.resolve("rules/2026.1")), cache, true);
        for (Path entry : kjars(cache)) {
            byte[] bytes = Files.readAllBytes(entry);
            bytes[bytes.length - 100] ^= 1;
            Files.write(entry, bytes);
        }

        LoadedRuleSet geladen = RuleSetLoader.load(FixtureRuleSets.rules(ROOT.resolve("rules/2026.1")), cache, true);

        assertThat(geladen.uitCache()).isFalse();
        assertThat(advies(geladen)).isEqualTo(klassiek);
    }

    /** An entry made under another key (another user, or a forger who made a key of their own) is refused. */
    @Test
    void anEntryMadeUnderAnotherKeyIsRefused(@TempDir Path cache, @TempDir Path sleutels) throws IOException {
        String eigen = System.getProperty(CacheKey.PROPERTY);
        try {
            System.setProperty(CacheKey.PROPERTY, sleutels.resolve("vreemd").toString());
            assertThat(RuleSetLoader.load(FixtureRuleSets.rules(ROOT.resolve("rules/2026.1")), cache, true).uitCache()).isFalse();
            assertThat(RuleSetLoader.load(FixtureRuleSets.rules(ROOT.resolve("rules/2026.1")), cache, true).uitCache()).as("under its own key").isTrue();
        } finally {
            // Put back as it was: set by the build, or (outside it) not set at all.
            if (eigen == null) {
                System.clearProperty(CacheKey.PROPERTY);
            } else {
                System.setProperty(CacheKey.PROPERTY, eigen);
            }
        }

        LoadedRuleSet geladen = RuleSetLoader.load(FixtureRuleSets.rules(ROOT.resolve("rules/2026.1")), cache, true);

        assertThat(geladen.uitCache()).isFalse();
        assertThat(advies(geladen)).isEqualTo(klassiek);
    }

    @Test
    void aCacheFolderOthersMayWriteIsNotUsed(@TempDir Path cache) throws IOException {
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));

        LoadedRuleSet eerste = RuleSetLoader.load(FixtureRuleSets.rules(ROOT.resolve("rules/2026.1")), cache, true);

        assertThat(eerste.uitCache()).isFalse();
        assertThat(kjars(cache)).isEmpty();
        assertThat(advies(eerste)).isEqualTo(klassiek);
    }

    @Test
    void aKeyOthersMayReadOrOneInsideTheCacheIsRefused(@TempDir Path cache, @TempDir Path sleutels) throws IOException {
        Path leesbaar = Files.write(sleutels.resolve("leesbaar"), new byte[32]);
        Files.setPosixFilePermissions(leesbaar, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(catchThrowable(() -> CacheKey.in(leesbaar, cache))).hasMessageContaining("leesbaar voor anderen");
        assertThat(catchThrowable(() -> CacheKey.in(cache.resolve("sleutel"), cache))).hasMessageContaining("in de cachemap");
        Path viaKoppeling = Files.createSymbolicLink(sleutels.resolve("cache-koppeling"), cache);
        assertThat(catchThrowable(() -> CacheKey.in(cache.resolve("sleutel2"), viaKoppeling))).hasMessageContaining("in de cachemap");
        Path nieuw = sleutels.resolve("map").resolve("nieuw");
        CacheKey.in(nieuw, cache);
        assertThat(Files.getPosixFilePermissions(nieuw)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.size(nieuw)).isEqualTo(32);
    }

    private static RuleSetProblems catchLoad(Runnable load) {
        Throwable thrown = catchThrowable(load::run);
        assertThat(thrown).isInstanceOf(RuleSetProblems.class);
        return (RuleSetProblems) thrown;
    }

    private static List<String> advies(LoadedRuleSet ruleSet) {
        Evaluator evaluator = new Evaluator(ruleSet, "test");
        return aanvragen.stream().map(a -> nl.afweging.Json.write(evaluator.evaluate(a))).toList();
    }

    private static List<Path> kjars(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(p -> p.toString().endsWith(".kjar")).sorted().toList();
        }
    }
}
