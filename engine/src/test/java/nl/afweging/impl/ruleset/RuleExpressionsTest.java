// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.afweging.feiten.Basisniveau;
import nl.afweging.feiten.Casus;
import nl.afweging.feiten.Profiel;
import nl.afweging.feiten.Traject;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Conditions as the executable model parses them, every name resolved: what the default rules write passes; every way
 * found to reach past the facts and the helpers is refused, however it is dressed up (strings, casts, qualified names).
 */
class RuleExpressionsTest {
    private static final Map<String, Class<?>> BOUND = Map.of("$casus", Casus.class, "$basis", Basisniveau.class,
            "$vloeren", List.class, "$traject", Traject.class, "$p", Profiel.class, "$termijn", int.class);

    @ParameterizedTest
    @ValueSource(strings = {
            "wet == Wet.WMO",
            "alleenSoort(HulpvraagSoort.HUISHOUDEN)",
            "veiligheid == Veiligheid.GEEN || veiligheid == Veiligheid.ZORGEN",
            "leeftijd >= Math.max(18, $p.aantalTotEnMet(3))",
            "leeftijd > 18 && < 65",
            "gemeente == \"System.exit(0)\"",
            "wet in (Wet.WMO, Wet.JEUGDWET)",
            "$casus.leeftijd >= 18",
            "this != $casus",
            "eindigdeBinnenMaanden($termijn)",
            "java.lang.Math.abs(leeftijd) > 1",
    })
    void whatConditionsNeedPasses(String condition) {
        List<RuleExpressions.Finding> findings = new ArrayList<>();
        RuleExpressions.condition(condition, condition.contains("eindigde") ? Traject.class : Casus.class, true, new HashMap<>(BOUND), findings);
        assertThat(findings).as(condition).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "System.exit(0) == null",
            "java.lang.System.exit(0) == null",
            "Runtime.getRuntime().halt(7) == null",
            "new ProcessBuilder(\"sh\").start() != null",
            "Class.forName(\"java.lang.Runtime\") != null",
            "$casus.getClass().getClassLoader() != null",
            "$casus.class != null",
            "this.getClass() != null",
            "drools.getKieRuntime() != null",
            "kcontext != null",
            "java.nio.file.Files.exists(null)",
            "new java.io.File(\"x\").createNewFile()",
            "LocalDate.now() != null",
            "Math.random() > 0.5",
            "Integer.getInteger(\"x\") != null",
            "gemeente.repeat(1000000000) != null",
            "String.format(\"%999999999d\", 1) != null",
            "gemeente matches \"(a+)+b\"",
            "gemeente soundslike \"x\"",
            "gemeente str[startsWith] \"x\"",
            "gemeente + gemeente == \"x\"",
            "((Object) $casus).getClass() != null",
            "$casus#Casus.leeftijd > 1",
            "insert(new Spoed()) == null",
            "new Aandachtspunt(\"x\") { } != null",
            "soorten.iterator() != null",
            "leeftijd > 18 && gemeente.chars() != null",
    })
    void everyWayOutIsRefused(String condition) {
        List<RuleExpressions.Finding> findings = new ArrayList<>();
        RuleExpressions.condition(condition, Casus.class, true, new HashMap<>(BOUND), findings);
        assertThat(findings).as(condition).isNotEmpty();
    }

    /** Text is never built: {@code +} with a text or a character on either side is refused, numbers add up. */
    @ParameterizedTest
    @ValueSource(strings = {"gemeente == \"a\" + 1", "gemeente == 1 + \"a\"", "leeftijd == 'a' + 1", "leeftijd == 1 + 'a'",
            "gemeente == gemeente + \"\"", "leeftijd == (\"a\" + \"b\").length()"})
    void textIsNeverBuilt(String condition) {
        assertThat(findings(condition, Casus.class)).as(condition).anySatisfy(f -> assertThat(f.waarom()).contains("samenvoegen"));
    }

    /** Sums keep their numeric type, so what is compared or passed on is what Java would compute. */
    @ParameterizedTest
    @ValueSource(strings = {"leeftijd + 1 > 2", "leeftijd - 1L > 2", "leeftijd * 2.5 > 2", "leeftijd / 2 == 3", "leeftijd % 2 == 1",
            "-leeftijd < 0", "(leeftijd) > 1", "leeftijd > 1 ? true : false", "Math.max(leeftijd, 2.5) > 3",
            "Math.max(leeftijd * 1L, 3L) > 3", "leeftijd > $termijn * 2"})
    void arithmeticIsTyped(String condition) {
        assertThat(findings(condition, Casus.class)).as(condition).isEmpty();
    }

    /** Only a true/false value can decide an if: a sum, a text, a character or a number is refused there. */
    @ParameterizedTest
    @ValueSource(strings = {"$termijn * 2", "$termijn + 1L", "$termijn / 2.0", "-$termijn", "(1)", "\"x\"", "'c'",
            "$termijn > 1 ? 1 : 2", "Math.max($termijn, 2)", "$casus.getLeeftijd()"})
    void anIfTakesOnlyTrueOrFalse(String test) {
        String actions = "if (" + test + ") { insert(new Spoed()); }";
        assertThat(ConsequenceCheck.checkAnew(actions, BOUND)).as(actions).anySatisfy(f -> assertThat(f.waarom()).contains("waar of onwaar"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"$termijn > 2", "$casus.isZvwAanspraak()", "!$casus.isZvwAanspraak()", "true ? $casus.isZvwAanspraak() : false",
            "$termijn * 2 > 2 && $termijn < 10", "(Boolean) $casus.isZvwAanspraak()"})
    void anIfOnTrueOrFalsePasses(String test) {
        String actions = "if (" + test + ") { insert(new Spoed()); }";
        assertThat(ConsequenceCheck.checkAnew(actions, BOUND)).as(actions).isEmpty();
    }

    /** A call must name a method with that many arguments; a field is a model value or, in a condition, a property. */
    @ParameterizedTest
    @ValueSource(strings = {"Math.max(1) > 0", "Math.max(1, 2, 3) > 0", "$p.heeftMinstens(1)", "$p.aantalTotEnMet() > 1",
            "$p.laagsteScore(1) > 1", "Niveau.BESTAAT_NIET != null", "Math.PIE > 1", "java.util.Foo.bar() != null",
            "nl.afweging.Engine.versie() != null", "java.lang.Runtime.version() != null", "$casus.onbekend > 1", "onbekend > 1",
            "Wet.WMO.name().chars() != null", "$casus.soorten.stream() != null"})
    void aCallOrFieldThatIsNotThereIsRefused(String condition) {
        assertThat(findings(condition, Casus.class)).as(condition).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"wet == nl.afweging.model.Wet.WMO", "java.util.List.of(1, 2).size() > 1", "List.of().isEmpty()",
            "$casus.leeftijd > 1 && $casus.gemeente != null", "Math.max(1, 2L) > 0", "Math.abs(-1.5) > 1",
            "soorten contains HulpvraagSoort.SCHOOL", "wet not in (Wet.WMO)", "$p.heeftMinstens(2, 3)"})
    void aCallOrFieldThatIsThereWithItsArgumentsPasses(String condition) {
        assertThat(findings(condition, Casus.class)).as(condition).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Niveau > 1|een type, geen waarde", "$casus instanceof Casus c|instanceof", "List.<String>of() != null|typeargumenten",
            "$casus.<String>getGemeente() != null|typeargumenten", "(String) gemeente == null|", "$casus instanceof java.io.File|java.io.File"})
    void typesAreValuesNowhere(String conditionAndWhat) {
        String[] parts = conditionAndWhat.split("\\|", -1);
        assertFound(findings(parts[0], Casus.class), parts[0], parts[1]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"insert(new Spoed(), new Spoed());|één feit", "insert();|één feit", "foo();|geen actie",
            "update($basis, $casus);|één feit", "delete($basis);|", "retract($basis);|", "insertLogical(new Spoed());|"})
    void workingMemoryTakesOneFact(String actionsAndWhat) {
        String[] parts = actionsAndWhat.split("\\|", -1);
        assertFound(ConsequenceCheck.checkAnew(parts[0], BOUND), parts[0], parts[1]);
    }

    /** In an action a value's field is read with its getter, as Java reads it. */
    @Test
    void anActionReadsAPropertyWithItsGetter() {
        assertThat(ConsequenceCheck.checkAnew("if ($casus.getLeeftijd() > 1) { insert(new Spoed()); }", BOUND)).isEmpty();
        assertThat(ConsequenceCheck.checkAnew("if ($casus.leeftijd > 1) { insert(new Spoed()); }", BOUND))
                .anySatisfy(f -> assertThat(f.waarom()).contains("getter"));
    }

    /** Nothing found when {@code what} is empty; else a finding that names it. */
    private static void assertFound(List<RuleExpressions.Finding> found, String code, String what) {
        if (what.isEmpty()) {
            assertThat(found).as(code).isEmpty();
        } else {
            assertThat(found).as(code).anySatisfy(f -> assertThat(f.wat() + " " + f.waarom()).contains(what));
        }
    }

    private static List<RuleExpressions.Finding> findings(String condition, Class<?> self) {
        List<RuleExpressions.Finding> findings = new ArrayList<>();
        RuleExpressions.condition(condition, self, true, new HashMap<>(BOUND), findings);
        return findings;
    }

    @Test
    void aNameBoundInlineGetsTheTypeOfItsValue() {
        Map<String, Class<?>> bound = new HashMap<>(BOUND);
        RuleExpressions.condition("$leeftijd : leeftijd", Casus.class, false, bound, new ArrayList<>());
        assertThat(bound).containsEntry("$leeftijd", int.class);
    }

    @Test
    void aFromReadsOnlyAListOfABoundFact() {
        assertThat(isList("$casus.soorten")).isTrue();
        assertThat(isList("$casus.getSoorten()")).isTrue();
        assertThat(isList("List.of(1, 2, 3)")).isFalse();
        assertThat(isList("$casus.leeftijd")).isFalse();
        assertThat(isList("$onbekend.soorten")).isFalse();
    }

    /** Typed as the check types a from, then its shape. */
    private static boolean isList(String from) {
        Class<?> type = RuleExpressions.condition(from, null, false, new HashMap<>(BOUND), new ArrayList<>());
        return RuleExpressions.isListOfABoundFact(from, type, BOUND);
    }

    /**
     * No member a rule may use gives an object outside the allowed types, so no chain of allowed calls reaches one
     * whose other members could do harm; and no name that opens a way out is allowed, whoever declares it.
     */
    @Test
    void noAllowedMemberReachesFurther() {
        Set<Class<?>> allowed = new HashSet<>(AllowList.FEITEN);
        allowed.addAll(AllowList.WAARDEN);
        allowed.addAll(AllowList.helpers().keySet());
        for (Class<?> type : allowed) {
            for (Method m : type.getMethods()) {
                if (!AllowList.isAllowedMember(m.getDeclaringClass(), m.getName())) {
                    continue;
                }
                Class<?> result = m.getReturnType().isArray() ? m.getReturnType().getComponentType() : m.getReturnType();
                assertThat(result.isPrimitive() || allowed.contains(result))
                        .as(type.getSimpleName() + "." + m.getName() + " gives " + result.getName()).isTrue();
            }
        }
        for (String never : AllowList.NEVER) {
            assertThat(allowed).noneMatch(t -> AllowList.isAllowedMember(t, never));
        }
    }

    @Test
    void everyFactClassIsOnTheAllowList() throws IOException {
        Path feiten = Path.of(nl.afweging.feiten.Casus.class.getProtectionDomain().getCodeSource().getLocation().getPath())
                .resolve("nl/afweging/feiten");
        try (Stream<Path> files = Files.list(feiten)) {
            List<String> classes = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class"))
                    .filter(n -> !n.contains("$") && !n.equals("package-info.class") && !n.equals("Leest.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length())).sorted().toList();
            assertThat(AllowList.FEITEN).extracting(Class::getSimpleName).containsExactlyInAnyOrderElementsOf(classes);
        }
    }
}
