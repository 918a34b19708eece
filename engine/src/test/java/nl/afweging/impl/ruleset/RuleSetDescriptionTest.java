// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.afweging.feiten.Parameter;
import nl.afweging.impl.evaluation.Evaluator;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.GemeenteRegels;
import nl.afweging.model.HulpvraagSoort;
import nl.afweging.model.Niveau;
import nl.afweging.model.ProblemCode;
import nl.afweging.model.Regelsoort;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule set loaded from its kept description ({@link RuleSetDescription}) and compiled rules, without reading its
 * files, must be the rule set its files give: the same in every respect the engine uses, the same advies byte for
 * byte. And the description is only there for files that loaded without a problem, and only for exactly them.
 */
class RuleSetDescriptionTest {
    private static final Path ROOT = FixtureRuleSets.ROOT;
    private static List<Aanvraag> aanvragen;

    @BeforeAll
    static void fixtures() throws IOException {
        aanvragen = FixtureRuleSets.fixtures();
    }

    /** Every version of the repository's rules, each with gemeente 1728's regels too, and the example in the one-fact form. */
    @Test
    void everyRuleSetInTheRepositoryLoadsFromItsDescriptionAsFromItsFiles(@TempDir Path cache) {
        List<VersionPlan.Combination> combinations = new ArrayList<>(VersionPlan.of(RuleFolder.fromDirectory(ROOT.resolve("rules"))).combinations());
        combinations.addAll(VersionPlan.of(RuleFolder.fromDirectory(ROOT.resolve("examples/regels-een-parameterfeit"))).combinations());
        assertThat(combinations).hasSize(5);

        for (VersionPlan.Combination c : combinations) {
            LoadedRuleSet uitBestanden = RuleSetLoader.load(c.parsed());
            AtomicInteger gelezen = new AtomicInteger();
            LoadedRuleSet eerste = RuleSetLoader.load(c.source(), counting(c::parsed, gelezen), cache, false);
            LoadedRuleSet beschreven = RuleSetLoader.load(c.source(), () -> fail("de bestanden zijn opnieuw gelezen"), cache, true);

            assertThat(gelezen).as("the first load reads the files").hasValue(1);
            assertThat(beschreven.uitCache()).isTrue();
            for (LoadedRuleSet set : List.of(eerste, beschreven)) {
                assertThat(set.regelset()).isEqualTo(uitBestanden.regelset());
                assertThat(set.beschrijving()).isEqualTo(uitBestanden.beschrijving());
                assertThat(set.regels()).isEqualTo(uitBestanden.regels());
                assertThat(set.regelsInBronvolgorde()).isEqualTo(uitBestanden.regelsInBronvolgorde());
                assertThat(set.catalogus()).isEqualTo(uitBestanden.catalogus());
                assertThat(set.parameters()).isEqualTo(uitBestanden.parameters());
                assertThat(facts(set)).isEqualTo(facts(uitBestanden)).isNotEmpty();
                assertThat(advies(set)).isEqualTo(advies(uitBestanden));
            }
        }
    }

    @Test
    void aDescriptionIsKeptOnlyAfterALoadThatFoundNoProblem(@TempDir Path cache, @TempDir Path kopie) throws IOException {
        FixtureRuleSets.copyRules(kopie);
        Path trajecten = kopie.resolve("trajecten.drl");
        // Compiles (so the compiled rules are kept), but a rule without grondslag may not load.
        Files.writeString(trajecten, Files.readString(trajecten).replaceFirst("\\n *@grondslag\\([^\\n]*\\)", ""));
        RuleSource source = RuleSource.fromDirectory(kopie);
        AtomicInteger gelezen = new AtomicInteger();

        RuleSetProblems eerste = catchLoad(() -> RuleSetLoader.load(source, counting(() -> ParsedRuleSet.of(source), gelezen), cache, false));
        RuleSetProblems tweede = catchLoad(() -> RuleSetLoader.load(source, counting(() -> ParsedRuleSet.of(source), gelezen), cache, false));

        assertThat(eerste.problems()).isNotEmpty().isEqualTo(tweede.problems())
                .anySatisfy(p -> assertThat(p.code()).isEqualTo(ProblemCode.METADATA_ONTBREEKT));
        assertThat(gelezen).hasValue(2);
        assertThat(parts(cache, ".kjar")).isNotEmpty();
        assertThat(parts(cache, ".beschrijving")).isEmpty();
    }

    /**
     * A folder with the same rule files and also something it refuses (here a subfolder) has the same hash: it must
     * not be taken for the folder without, whose description is kept.
     */
    @Test
    void aFolderThatAlsoHoldsSomethingRefusedIsNotTakenForTheSameFilesWithout(@TempDir Path cache, @TempDir Path kopie) throws IOException {
        FixtureRuleSets.copyRules(kopie);
        RuleSetLoader.load(RuleSource.fromDirectory(kopie), () -> FixtureRuleSets.rules(kopie), cache, false);
        Files.createDirectory(kopie.resolve("oud"));
        RuleSource metSubmap = RuleSource.fromDirectory(kopie);
        assertThat(parts(cache, ".beschrijving")).hasSize(1).allSatisfy(f -> assertThat(f.getFileName().toString())
                .startsWith(metSubmap.hash().replace("sha256:", "")));

        RuleSetProblems problems = catchLoad(() -> RuleSetLoader.load(metSubmap, () -> ParsedRuleSet.of(metSubmap), cache, false));

        assertThat(problems.problems()).anySatisfy(p -> assertThat(p.code()).isEqualTo(ProblemCode.SUBMAP));
    }

    /** One byte changed, another rule set's description under this one's name, the compiled rules gone: the files are read. */
    @Test
    void aDescriptionThatIsNotProvedOrHasNoCompiledRulesIsNotUsed(@TempDir Path cache, @TempDir Path kopie) throws IOException {
        FixtureRuleSets.copyRules(kopie);
        Path parameters = kopie.resolve("parameters.drl.csv");
        Files.writeString(parameters, Files.readString(parameters).replace("trajectTermijnMaanden,12,", "trajectTermijnMaanden,13,"));
        RuleSource standaard = RuleSource.fromDirectory(ROOT.resolve("rules/2026.1"));
        RuleSource ander = RuleSource.fromDirectory(kopie);
        LoadedRuleSet echt = RuleSetLoader.load(standaard, () -> ParsedRuleSet.of(standaard), cache, false);
        RuleSetLoader.load(ander, () -> ParsedRuleSet.of(ander), cache, false);
        Path eigen = description(cache, standaard);
        byte[] goed = Files.readAllBytes(eigen);

        byte[] omgedraaid = goed.clone();
        omgedraaid[omgedraaid.length - 10] ^= 1;
        Files.write(eigen, omgedraaid);
        assertReadsTheFiles(standaard, cache, echt);

        Files.copy(description(cache, ander), eigen, StandardCopyOption.REPLACE_EXISTING);
        assertReadsTheFiles(standaard, cache, echt);
        assertThat(RuleSetLoader.load(standaard, () -> fail("gelezen"), cache, false).parameters()).containsEntry("trajectTermijnMaanden", 12);

        for (Path kjar : parts(cache, ".kjar")) {
            if (kjar.getFileName().toString().startsWith(standaard.hash().replace("sha256:", "")) && !kjar.toString().contains("-parameters-")) {
                Files.delete(kjar);
            }
        }
        assertReadsTheFiles(standaard, cache, echt);
    }

    /** Every kind of value the description holds, the missing ones too, comes back as it was; a byte more or less is refused. */
    @Test
    void theFormatGivesBackWhatWasWrittenAndRefusesAnythingElse() throws IOException {
        RuleInfo regel = new RuleInfo("Trajecten_1", "T1", "Naam met é", "Wmo 2015", "Uitleg", new Bron("trajecten.drl", 12, null),
                Regelsoort.BESLISREGEL, new TreeSet<>(Set.of("hulpvraag.soorten", "huisgenoten")), Map.of("id", "T1", "extra", ""));
        RuleInfo zonder = new RuleInfo("Ladder_3", null, null, null, null, new Bron("ladder.drl.csv", 3, "B"), null, new TreeSet<>(), Map.of());
        VoorzieningInfo v = new VoorzieningInfo("HH", "Huishoudelijke hulp", "Wmo", new BigDecimal("31.50"), "uur", "tarief", Niveau.LOKAAL_TEAM,
                HulpvraagSoort.values()[0], "1728", true);
        VoorzieningInfo leeg = new VoorzieningInfo("X", null, null, null, null, null, null, null, null, false);
        RuleSetDescription description = new RuleSetDescription("naam", "2026.1", LocalDate.of(2026, 1, 1),
                new GemeenteRegels("1728", "Bergen (NH)", "1", "sha256:ab"), "Beschrijving", Map.of(regel.ruleName(), regel,
                zonder.ruleName(), zonder), Map.of("HH", v, "X", leeg), Map.of("a", 1, "b", -2), true, false);

        RuleSetDescription terug = RuleSetDescription.read(description.write());

        assertThat(terug).isEqualTo(description);
        assertThat(terug.gematcht()).containsExactly(Parameter.class);
        assertThat(terug.catalogus().get("HH").bedrag()).isEqualTo(new BigDecimal("31.50")).hasToString("31.50");
        byte[] bytes = description.write();
        assertThat(catchThrowable(() -> RuleSetDescription.read(java.util.Arrays.copyOf(bytes, bytes.length - 1)))).isInstanceOf(IOException.class);
        assertThat(catchThrowable(() -> RuleSetDescription.read(java.util.Arrays.copyOf(bytes, bytes.length + 1)))).isInstanceOf(IOException.class);
        byte[] andereVersie = bytes.clone();
        andereVersie[3]++;
        assertThat(catchThrowable(() -> RuleSetDescription.read(andereVersie))).isInstanceOf(IOException.class);
    }

    private static void assertReadsTheFiles(RuleSource source, Path cache, LoadedRuleSet echt) {
        AtomicInteger gelezen = new AtomicInteger();
        LoadedRuleSet geladen = RuleSetLoader.load(source, counting(() -> ParsedRuleSet.of(source), gelezen), cache, false);
        assertThat(gelezen).hasValue(1);
        assertThat(geladen.regels()).isEqualTo(echt.regels());
        assertThat(advies(geladen)).isEqualTo(advies(echt));
    }

    private static Supplier<ParsedRuleSet> counting(Supplier<ParsedRuleSet> parse, AtomicInteger count) {
        return () -> {
            count.incrementAndGet();
            return parse.get();
        };
    }

    private static List<String> facts(LoadedRuleSet set) {
        return set.parameterFeiten().stream().map(f -> f instanceof Parameter p ? p.getNaam() + "=" + p.getWaarde() : f.toString()).toList();
    }

    private static List<String> advies(LoadedRuleSet ruleSet) {
        Evaluator evaluator = new Evaluator(ruleSet, "test");
        return aanvragen.stream().map(a -> nl.afweging.Json.write(evaluator.evaluate(a))).toList();
    }

    private static Path description(Path cache, RuleSource source) throws IOException {
        return parts(cache, ".beschrijving").stream().filter(f -> f.getFileName().toString().startsWith(source.hash().replace("sha256:", "")))
                .findFirst().orElseThrow();
    }

    private static List<Path> parts(Path cache, String extension) throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }

    private static RuleSetProblems catchLoad(Runnable load) {
        Throwable thrown = catchThrowable(load::run);
        assertThat(thrown).isInstanceOf(RuleSetProblems.class);
        return (RuleSetProblems) thrown;
    }
}
