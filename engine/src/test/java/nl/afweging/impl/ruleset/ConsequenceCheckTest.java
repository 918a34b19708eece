// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.afweging.feiten.Basisniveau;
import nl.afweging.feiten.Besluit;
import nl.afweging.feiten.Casus;
import nl.afweging.feiten.Parameter;
import nl.afweging.feiten.Parameters;
import nl.afweging.feiten.Vloer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Actions as Drools' parser reads them, every name resolved: what may stand, and every way around it that was tried. */
class ConsequenceCheckTest {
    private static final Map<String, Class<?>> BOUND = Map.of("$basis", Basisniveau.class, "$casus", Casus.class,
            "$vragen", List.class, "$vloeren", List.class, "$plafonds", List.class, "$vervalt", List.class,
            "$termijn", int.class);

    @ParameterizedTest
    @ValueSource(strings = {
        "insert(new Aandachtspunt(\"EEN_GEZIN_EEN_PLAN\"));",
        "modify($basis) { setNiveau(Niveau.NORMALISATIE) }",
        "Besluit besluit = Besluit.bereken($basis, $vloeren, $plafonds, !$vervalt.isEmpty());\ninsert(besluit);\n"
                + "for (Object vraag : $vragen) {\n    insert(new VraagOpNiveau(besluit, vraag, $casus));\n}",
        "if ($casus.getLeeftijd() >= Math.max(18, $termijn)) { insert(new Spoed()); } else { insert(new Vloer(Niveau.LOKAAL_TEAM)); }",
        "insert(new nl.afweging.feiten.Aandachtspunt(\"X\"));",
        "insert(new Voorstel(drools.getRule().getMetaData().get(\"id\"), true));",
    })
    void whatARuleNeedsIsAllowed(String actions) {
        assertThat(ConsequenceCheck.checkAnew(actions, BOUND)).isEmpty();
    }

    /**
     * drools.getRule().getMetaData().get("id") is the one way into the engine an action has: every link of the chain
     * counts, and a chain that differs anywhere is the unknown name it is.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "insert(new Voorstel(drools.getRule().getMetaData().get(\"naam\"), true));",
        "insert(new Voorstel(drools.getRule().getMetaData().get(1), true));",
        "insert(new Voorstel(drools.getRule().getMetaData().get(\"id\", \"x\"), true));",
        "insert(new Voorstel(drools.getRule().getMetaData().getOrDefault(\"id\", \"x\"), true));",
        "insert(new Voorstel(drools.getRule().getMetaData(1).get(\"id\"), true));",
        "insert(new Voorstel(drools.getRule().getMetadata().get(\"id\"), true));",
        "insert(new Voorstel(drools.getRule(1).getMetaData().get(\"id\"), true));",
        "insert(new Voorstel(drools.getRules().getMetaData().get(\"id\"), true));",
        "insert(new Voorstel(drools.getKieRuntime().getMetaData().get(\"id\"), true));",
        "insert(new Voorstel(kcontext.getRule().getMetaData().get(\"id\"), true));",
        "insert(new Voorstel($casus.getRule().getMetaData().get(\"id\"), true));",
        "insert(new Voorstel(drools.getRule().getMetaData(), true));",
        "Object drools = null;\ninsert(new Voorstel(drools.getRule().getMetaData().get(\"id\"), true));",
    })
    void onlyTheRulesOwnIdIsReadFromTheEngine(String actions) {
        assertThat(ConsequenceCheck.checkAnew(actions, BOUND)).as(actions).isNotEmpty();
    }

    /** A local variable: declared once with a value, then read or given a new value; a bound name is no local. */
    @ParameterizedTest
    @ValueSource(strings = {
        "int n = $termijn;\nif (n > 1) { insert(new Spoed()); }",
        "int n = $termijn;\nn = n + 1;\nif (n > 1) { insert(new Spoed()); }",
        "for (Object vraag : $vragen) { insert(new Spoed()); }",
    })
    void aLocalIsDeclaredOnceAndThenUsed(String actions) {
        assertThat(ConsequenceCheck.checkAnew(actions, BOUND)).as(actions).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "int n;|meteen een waarde",
        "int n = 1;\nint n = 2;|bestaat al",
        "int $termijn = 1;|bestaat al",
        "$termijn = 5;|geen actie",
        "onbekend = 5;|geen actie",
        "int n = 1;\nn += 1;|geen actie",
        "for (Object vraag : $vragen) { }\nfor (Object vraag : $vragen) { }|bestaat al",
        "for (Object $casus : $vragen) { }|bestaat al",
        "List l = $vragen;\nfor (Object v : l) { }|een for loopt alleen",
        "for (Object v : $casus) { }|een for loopt alleen",
        "for (Object v : $onbekend) { }|een for loopt alleen",
        "int n = 1;\nmodify(n) { setNiveau(Niveau.NORMALISATIE) }|modify",
        "modify($vragen) { clear() }|modify",
        "modify($basis) { insert(new Spoed()) }|Basisniveau.insert",
        "var n = $termijn;|var",
        "for (var v : $vragen) { }|var",
        "Object c = $casus;\nif (c.isZvwAanspraak()) { insert(new Spoed()); }|Object.isZvwAanspraak",
        "modify($basis) { $basis.setNiveau(Niveau.NORMALISATIE) }|setters",
        "modify($basis) { getClass() }|mag niet",
        "float f = 1;|gebruik int, long, double of boolean",
    })
    void aLocalOrATargetThatIsNoneIsRefused(String actionsAndWhat) {
        String[] parts = actionsAndWhat.split("\\|");
        assertThat(ConsequenceCheck.checkAnew(parts[0], BOUND)).as(parts[0]).isNotEmpty()
                .anySatisfy(f -> assertThat(f.wat() + " " + f.waarom()).contains(parts[1]));
    }

    /**
     * The memo answers as the check itself does, the first time and after; the second time from the memo. Each run
     * asks about actions not asked before (a comment makes them new), as the memo lives as long as the JVM.
     */
    @Test
    void theMemoAnswersAsTheCheckDoes() {
        String nieuw = "\n// " + java.util.UUID.randomUUID();
        for (String actions : List.of("insert(new Spoed());", "drools.halt();", "while (true) { }",
                "modify($basis) { setNiveau(Niveau.NORMALISATIE) }")) {
            List<RuleExpressions.Finding> anew = ConsequenceCheck.checkAnew(actions + nieuw, BOUND);
            List<RuleExpressions.Finding> first = ConsequenceCheck.check(actions + nieuw, BOUND);
            assertThat(first).as(actions).isEqualTo(anew);
            assertThat(ConsequenceCheck.check(actions + nieuw, BOUND)).as(actions).isSameAs(first);
        }
    }

    /** The id of the rule is read in an action only: a condition has no rule to ask. */
    @Test
    void aConditionCannotReadTheRulesMetadata() {
        List<RuleExpressions.Finding> findings = new java.util.ArrayList<>();
        RuleExpressions.condition("drools.getRule().getMetaData().get(\"id\") != null", Casus.class, true, new java.util.HashMap<>(BOUND), findings);
        assertThat(findings).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "insert(new <String>Parameter(\"trajectTermijnMaanden\", 600));|typeargumenten",
        "defaultConsequence: if (true) { }|labeled",
        "for (Object a : $vragen) { for (Object b : $vragen) { insert(new Spoed()); } }|een for in een for",
        "for (Object a : java.util.List.of(1, 2, 3)) { insert(new Spoed()); }|een for loopt alleen",
        "String s = \"ab\";\ns = s + s;|tekst samenvoegen",
        "Runnable r = () -> insert(new Spoed());|Runnable",
        "java.util.function.Function f = Parameters::new;|Function",
        "insert(new Object() { public String toString() { return \"x\"; } });|Object",
        "while (true) { }|while",
        "$casus.getClass();|getClass",
        "drools.halt();|drools",
        "insert(new java.io.File(\"/tmp/x\"));|java.io.File",
        "int[] a = new int[1000000];|int[]",
        "String t = \"a\".repeat(1000000);|repeat",
        "insert(new Vloer(Niveau.valueOf(\"LOKAAL_TEAM\").hoger()).getClass());|getClass",
        "class Lokaal { }|localclassdeclaration",
        "try { insert(new Spoed()); } catch (Exception e) { }|try",
        "List $vragen = List.of(1, 2, 3);\nfor (Object a : $vragen) { insert(new Spoed()); }|bestaat al",
        "if (true) { System.exit(0); }|System",
        "if (true) { insert(new Spoed()); } else { System.exit(0); }|System",
        "insert(new Voorstel(drools.getRule().getMetaData().get(\"id\").getClass(), true));|getClass",
        "if (insert(new Spoed())) { }|waar of onwaar",
    })
    void everyWayAroundIsRefused(String actionsAndWhat) {
        String[] parts = actionsAndWhat.split("\\|");
        assertThat(ConsequenceCheck.checkAnew(parts[0], BOUND)).as(parts[0]).isNotEmpty()
                .first().satisfies(f -> assertThat(f.wat() + " " + f.waarom()).contains(parts[1]));
    }

    /** However a parameter fact is spelt, what is made is the resolved type: a Parameter. */
    @Test
    void aParameterIsSeenInEverySpelling() {
        for (String actions : List.of("insert(new <String>Parameter(\"a\", 1));", "insert(new nl.afweging.feiten.Parameter(\"a\", 1));",
                "insert((Object) new Parameter(\"a\", 1));", "Object p = new  Parameter (\"a\", 1);\ninsert(p);",
                "insert(new Parameters(java.util.Map.of(\"a\", 1)));", "java.util.function.Function f = Parameters::new;")) {
            assertThat(ConsequenceCheck.made(actions)).as(actions).containsAnyOf(Parameter.class, Parameters.class);
        }
        assertThat(ConsequenceCheck.made("insert(new Aandachtspunt(\"insert(new Parameter(x))\"));"))
                .doesNotContain(Parameter.class, Parameters.class);
        assertThat(ConsequenceCheck.made("insert(new onbekend.Parameter(\"a\", 1));")).containsExactly(Parameter.class);
    }

    /**
     * What the actions make: what they construct and what a fact's static factory gives; not what another method
     * gives, nor a method reference other than a constructor.
     */
    @Test
    void whatIsMadeIsWhatIsConstructedOrAFactoryGives() {
        assertThat(ConsequenceCheck.made("Besluit besluit = Besluit.bereken($basis, $vloeren, $plafonds, false);\ninsert(besluit);"))
                .containsExactly(Besluit.class);
        assertThat(ConsequenceCheck.made("insert(new Vloer(Besluit.niveau($basis.getNiveau(), $vloeren, $plafonds, false)));"))
                .containsExactly(Vloer.class);
        assertThat(ConsequenceCheck.made("java.util.function.Function f = Basisniveau::getNiveau;")).isEmpty();
    }
}
