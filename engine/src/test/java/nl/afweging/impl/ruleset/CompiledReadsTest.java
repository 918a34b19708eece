// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.afweging.feiten.Casus;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.constraint.Constraint;
import org.drools.model.codegen.ExecutableModelProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.ReleaseId;

/**
 * What a rule reads ({@code leest}, and so {@code gelezen} in every advies) comes from the compiled rules. For the
 * default rules it is exactly what the text-based Leesplan gave, on both kinds of build; where the text misleads
 * (a comment, a string literal, a member reached through a declaration) the compiled rules give the right answer.
 */
class CompiledReadsTest {
    private static final Path ROOT = root();
    /** Extra rules: two written the way the regular expressions got wrong, one the default rules do not have. */
    private static final String EXTRA = """
            package nl.afweging.regels;

            import nl.afweging.feiten.*;
            import nl.afweging.model.HulpvraagSoort;
            import nl.afweging.model.Leefgebied;
            import nl.afweging.model.Niveau;
            import nl.afweging.model.Wet;

            rule "X1 tekst misleidt"
                @id(X1)
                @naam("Tekst die op een leesregel lijkt")
                @grondslag("Test")
                @uitleg("Test")
            when
                // Profiel(scores) staat hier alleen in commentaar
                $p : Profiel()
                $c : Casus(gemeente != "leeftijd", $p.score(Leefgebied.FINANCIEN) <= 2)
                Vraag(soort == HulpvraagSoort.SCHOOL, $c.wet == Wet.JEUGDWET)
            then
                insert(new Aandachtspunt("X1"));
            end

            rule "X2 via een declaratie"
                @id(X2)
                @naam("Het profiel gelezen via $p")
                @grondslag("Test")
                @uitleg("Test")
            when
                $p : Profiel()
                Parameter(naam == "meervoudigVanaf", $p.heeftMinstens(waarde, 3))
                Casus(heeftSoort(HulpvraagSoort.HUISHOUDEN))
            then
                insert(new Aandachtspunt("X2"));
            end

            rule "X3 alleen in een gemeente"
                @id(X3)
                @naam("Een vraag op niveau in één gemeente")
                @grondslag("Test")
                @uitleg("Test")
            when
                VraagOpNiveau(niveau == Niveau.LOKAAL_TEAM, soort == HulpvraagSoort.BEGELEIDING, gemeente == "0363")
            then
                insert(new Aandachtspunt("X3"));
            end
            """;

    private static Map<String, Set<String>> regex;
    private static Map<String, Set<String>> klassiek;

    @BeforeAll
    static void loadClassic() {
        RuleSource rules = RuleSource.fromDirectory(ROOT.resolve("rules/2026.1"));
        regex = regexLeesplan(rules);
        klassiek = leest(RuleSetLoader.load(ParsedRuleSet.of(rules)));
    }

    @Test
    void everyDefaultRuleReadsWhatTheTextBasedLeesplanRead() {
        assertThat(klassiek.keySet()).hasSize(99).isEqualTo(regex.keySet());
        assertThat(klassiek).isEqualTo(regex);
        // Not equal by both being empty: most rules read something, and what they read is what the rule says.
        assertThat(klassiek.values().stream().filter(paths -> !paths.isEmpty()).count()).isGreaterThan(90);
        assertThat(klassiek.get("E1 gebruikelijke hulp"))
                .containsExactly("huisgenoten", "hulpvraag.soorten", "parameter.volwassenVanaf", "veiligheid", "wet");
        assertThat(klassiek.get("T1 lager niveau al geprobeerd"))
                .containsExactly("eerdereTrajecten", "parameter.trajectTermijnMaanden", "peildatum");
        assertThat(klassiek.get("Ladder_13")).containsExactly("parameter.meervoudigVanaf", "zrm");
        assertThat(klassiek.get("Besluit")).containsExactly("hulpvraag.soorten");
    }

    @Test
    void theExecutableModelFreshAndFromTheCacheReadsTheSameAsTheClassicBuild(@TempDir Path cache) {
        RuleSource rules = RuleSource.fromDirectory(ROOT.resolve("rules/2026.1"));
        LoadedRuleSet gecompileerd = RuleSetLoader.load(ParsedRuleSet.of(rules), cache, true);
        LoadedRuleSet uitCache = RuleSetLoader.load(ParsedRuleSet.of(rules), cache, true);

        assertThat(gecompileerd.uitCache()).isFalse();
        assertThat(uitCache.uitCache()).isTrue();
        assertThat(leest(gecompileerd)).isEqualTo(klassiek).isEqualTo(regex);
        assertThat(leest(uitCache)).isEqualTo(klassiek);
    }

    @Test
    void aCommentAStringLiteralAndADeclarationDoNotFoolTheCompiledReads(@TempDir Path kopie, @TempDir Path cache) throws IOException {
        copyRules(kopie);
        Files.writeString(kopie.resolve("extra.drl"), EXTRA);
        RuleSource rules = RuleSource.fromDirectory(kopie);

        Map<String, Set<String>> tekst = regexLeesplan(rules);
        for (LoadedRuleSet geladen : new LoadedRuleSet[] {RuleSetLoader.load(ParsedRuleSet.of(rules)), RuleSetLoader.load(ParsedRuleSet.of(rules), cache, true), RuleSetLoader.load(ParsedRuleSet.of(rules), cache, true)}) {
            Map<String, Set<String>> leest = leest(geladen);
            // The comment names Profiel(scores), the string literal "leeftijd"; the rule reads wet and one score through $c and $p.
            assertThat(leest.get("X1 tekst misleidt")).containsExactly("gemeente", "hulpvraag.soorten", "wet", "zrm.FINANCIEN");
            // heeftMinstens is called on the Profiel bound to $p, from inside the Parameter pattern.
            assertThat(leest.get("X2 via een declaratie")).containsExactly("hulpvraag.soorten", "parameter.meervoudigVanaf", "zrm");
            // The advised niveau is no aanvraag field; the soort and the gemeente are.
            assertThat(leest.get("X3 alleen in een gemeente")).containsExactly("gemeente", "hulpvraag.soorten")
                    .isEqualTo(tekst.get("X3 alleen in een gemeente"));
            leest.keySet().removeAll(Set.of("X1 tekst misleidt", "X2 via een declaratie", "X3 alleen in een gemeente"));
            assertThat(leest).isEqualTo(klassiek);
        }
        // What the text gave instead: the string literal reads as leeftijd (the comment before the first condition is no
        // part of the conditions Drools' parser gives).
        assertThat(tekst.get("X1 tekst misleidt")).containsExactly("gemeente", "hulpvraag.soorten", "persoon.leeftijd");
        assertThat(tekst.get("X2 via een declaratie")).containsExactly("hulpvraag.soorten", "parameter.meervoudigVanaf");
    }

    @Test
    void aConstraintWithoutAnExpressionReadsThePropertiesDroolsSaysItListensTo() {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("nl.afweging.test", "compiled-reads-fallback", "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        kfs.write("src/main/resources/t/t.drl", """
                package t;
                import nl.afweging.feiten.Casus;
                import nl.afweging.model.HulpvraagSoort;
                import nl.afweging.model.Wet;
                rule "F" when Casus(wet == Wet.WMO, heeftSoort(HulpvraagSoort.SCHOOL)) then end
                """);
        assertThat(ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class).getResults().getMessages()).isEmpty();
        KieBase kieBase = ks.newKieContainer(releaseId).getKieBase();
        Pattern casus = (Pattern) ((RuleImpl) kieBase.getRule("t", "F")).getLhs().getChildren().get(0);
        // The same constraints, but of a kind that shows no expression.
        Pattern zonderExpressie = new Pattern(0, casus.getObjectType());
        casus.getConstraints().forEach(c -> zonderExpressie.addConstraint((Constraint) Proxy.newProxyInstance(
                Constraint.class.getClassLoader(), new Class<?>[] {Constraint.class}, (proxy, method, args) -> method.invoke(c, args))));
        RuleImpl rule = new RuleImpl("F zonder expressie");
        rule.addPattern(zonderExpressie);

        CompiledReads.Reads reads = CompiledReads.of(kieBase, rule);

        assertThat(CompiledReads.of(kieBase, kieBase.getRule("t", "F")).members()).containsExactlyInAnyOrder(
                new CompiledReads.Member(Casus.class, "wet", List.of(), "WMO"),
                new CompiledReads.Member(Casus.class, "heeftSoort", List.of("SCHOOL"), null));
        // Property reactivity knows wet; a method call, and what it is called with, it does not know.
        assertThat(reads.facts()).containsExactly(Casus.class);
        assertThat(reads.members()).contains(CompiledReads.Member.property(Casus.class, "wet"))
                .noneMatch(m -> m.name().equals("heeftSoort"));
    }

    private static Map<String, Set<String>> leest(LoadedRuleSet ruleSet) {
        return ruleSet.regels().values().stream().collect(Collectors.toMap(RuleInfo::ruleName, RuleInfo::leest, (a, b) -> a, TreeMap::new));
    }

    /** The old way: each rule's condition text, as the rule set is read, through the regular expressions. */
    private static Map<String, Set<String>> regexLeesplan(RuleSource rules) {
        Map<String, Set<String>> paths = new TreeMap<>();
        ParsedRuleSet.of(rules).regels().forEach(rule -> paths.put(rule.naam(), RegexLeesplan.paths(rule.when())));
        return paths;
    }

    private static void copyRules(Path target) throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("rules/2026.1"))) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
    }

    private static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("rules")) && Files.isDirectory(p.resolve("fixtures"))) {
                return p;
            }
        }
        throw new IllegalStateException("Repository root not found");
    }
}
