// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.afweging.feiten.Basisniveau;
import nl.afweging.feiten.Vloer;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.Niveau;
import nl.afweging.model.ProblemCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.runtime.KieSession;

/**
 * validate's finding for a rule that can fire itself forever ({@link LoopCheck}): a modify or update of a fact the
 * rule's own pattern matches, on a property that pattern reads, without no-loop or lock-on-active. The default rules
 * (E1, E2 among them) give none; each extra rule below is flagged or not as Drools, firing it, shows.
 */
class LoopCheckTest {
    /** Rules that change a Basisniveau; {@code L} in the id: flagged, {@code R} (rust): not. */
    private static final String EXTRA = """
            package nl.afweging.regels;

            import nl.afweging.feiten.*;
            import nl.afweging.model.Niveau;

            rule "XL1 zet het niveau en leest het"
                @id(XL1) @naam("a") @grondslag("b") @uitleg("c")
            when
                $b : Basisniveau(niveau != Niveau.SPECIALISTISCH_MAATWERK)
            then
                modify($b) { setNiveau(Niveau.LOKAAL_TEAM) }
            end

            rule "XR1 hetzelfde met no-loop"
                @id(XR1) @naam("a") @grondslag("b") @uitleg("c")
                no-loop true
            when
                $b : Basisniveau(niveau != Niveau.SPECIALISTISCH_MAATWERK)
            then
                modify($b) { setNiveau(Niveau.LOKAAL_TEAM) }
            end

            rule "XR2 hetzelfde met lock-on-active"
                @id(XR2) @naam("a") @grondslag("b") @uitleg("c")
                lock-on-active true
            when
                $b : Basisniveau(niveau != Niveau.SPECIALISTISCH_MAATWERK)
            then
                modify($b) { setNiveau(Niveau.LOKAAL_TEAM) }
            end

            rule "XR3 zoals E1: geen voorwaarde op het niveau"
                @id(XR3) @naam("a") @grondslag("b") @uitleg("c")
            when
                $b : Basisniveau()
            then
                // update($b); staat hier alleen in commentaar
                modify($b) { setNiveau(Niveau.NORMALISATIE) }
            end

            rule "XR4 zoals E2: de eigen voorwaarde wordt onwaar"
                @id(XR4) @naam("a") @grondslag("b") @uitleg("c")
            when
                $b : Basisniveau(niveau == Niveau.SOCIALE_BASIS)
            then
                insert(new Aandachtspunt("modify($b) { setNiveau(Niveau.SOCIALE_BASIS) }"));
                modify($b) { setNiveau(Niveau.NORMALISATIE) }
            end

            rule "XR5 ongelijk aan wat hij zet"
                @id(XR5) @naam("a") @grondslag("b") @uitleg("c")
            when
                $b : Basisniveau(niveau != Niveau.NORMALISATIE)
            then
                modify($b) { setNiveau(Niveau.NORMALISATIE) }
            end

            rule "XL2 zet dezelfde waarde als hij leest"
                @id(XL2) @naam("a") @grondslag("b") @uitleg("c")
            when
                $b : Basisniveau(niveau == Niveau.SOCIALE_BASIS)
            then
                modify($b) { setNiveau(Niveau.SOCIALE_BASIS) }
            end

            rule "XL3 update zonder voorwaarden"
                @id(XL3) @naam("a") @grondslag("b") @uitleg("c")
            when
                $b : Basisniveau()
            then
                update($b);
            end

            rule "XL4 een ander patroon leest het niveau"
                @id(XL4) @naam("a") @grondslag("b") @uitleg("c")
            when
                $b : Basisniveau()
                Vloer(niveau == $b.niveau || niveau != $b.niveau)
            then
                modify($b) { setNiveau(Niveau.SOCIALE_BASIS) }
            end
            """;

    private static LoadedRuleSet loaded;
    private static List<LoadProblem> findings;

    @BeforeAll
    static void load(@TempDir Path dir) throws IOException {
        try (Stream<Path> files = Files.list(root().resolve("rules/2026.1"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Files.writeString(dir.resolve("lussen.drl"), EXTRA);
        ParsedRuleSet parsed = ParsedRuleSet.of(RuleSource.fromDirectory(dir));
        loaded = RuleSetLoader.load(parsed);
        findings = LoopCheck.check(parsed, loaded);
    }

    @Test
    void theDefaultRulesGiveNoFinding() {
        ParsedRuleSet parsed = ParsedRuleSet.of(RuleSource.fromDirectory(root().resolve("rules/2026.1")));
        assertThat(LoopCheck.check(parsed, RuleSetLoader.load(parsed))).isEmpty();
    }

    @Test
    void exactlyTheRulesThatLoopAreFlaggedAndNotE1OrE2() {
        assertThat(findings).allSatisfy(f -> assertThat(f.code()).isEqualTo(ProblemCode.REGEL_KAN_HERHALEN));
        assertThat(findings).extracting(f -> f.melding().split(" ")[1]).containsExactly("XL1", "XL2", "XL3", "XL4");
    }

    @Test
    void aFindingIsAtTheLineOfTheChangeAndNamesTheRuleTheFactAndTheProperty() {
        LoadProblem xl1 = findings.get(0);
        assertThat(xl1.plaats()).isEqualTo("lussen.drl:" + lineOf("modify($b) { setNiveau(Niveau.LOKAAL_TEAM) }"));
        assertThat(xl1.melding()).isEqualTo("regel XL1 kan zichzelf steeds opnieuw laten vuren: modify($b) verandert de"
                + " eigenschap niveau van Basisniveau, en de voorwaarden van de regel lezen die eigenschap. Zet no-loop bij"
                + " de regel (in DRL: no-loop true; in een beslistabel: een kolom NO-LOOP), of maak een voorwaarde die na"
                + " de wijziging niet meer waar is");
        LoadProblem xl3 = findings.get(2);
        assertThat(xl3.plaats()).isEqualTo("lussen.drl:" + lineOf("update($b);"));
        assertThat(xl3.melding()).contains("regel XL3", "update($b) meldt elke eigenschap van Basisniveau als veranderd",
                "verander met modify alleen wat echt verandert");
        assertThat(findings.get(3).melding()).contains("regel XL4", "niveau", "Basisniveau");
    }

    /** What the check says is what Drools does: each flagged rule fires itself again and again, no other rule does. */
    @Test
    void theFindingsAgreeWithDroolsFiringEachRuleAlone() {
        Map<String, Integer> firings = new TreeMap<>();
        for (String rule : EXTRA.lines().filter(l -> l.startsWith("rule \"")).map(l -> l.substring(6, l.length() - 1)).toList()) {
            KieSession session = loaded.kieBase().newKieSession();
            try {
                session.insert(new Basisniveau(Niveau.SOCIALE_BASIS));
                session.insert(new Vloer(Niveau.SOCIALE_BASIS));
                firings.put(rule.split(" ")[0], session.fireAllRules(match -> match.getRule().getName().equals(rule), 25));
            } finally {
                session.dispose();
            }
        }
        assertThat(firings).hasSize(9);
        Map<String, Integer> looping = firings.entrySet().stream().filter(e -> e.getValue() == 25)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        assertThat(looping.keySet()).containsExactly("XL1", "XL2", "XL3", "XL4");
        assertThat(firings).allSatisfy((rule, n) -> assertThat(n).as(rule).isIn(1, 25));
    }

    private static int lineOf(String text) {
        List<String> lines = EXTRA.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text) && !lines.get(i).contains("//") && !lines.get(i).contains("Aandachtspunt")) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(text);
    }

    private static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("rules")) && Files.isDirectory(p.resolve("engine"))) {
                return p;
            }
        }
        throw new IllegalStateException("Repository root not found");
    }
}
