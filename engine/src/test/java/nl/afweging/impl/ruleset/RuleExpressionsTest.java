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
import nl.afweging.feiten.Parameters;
import nl.afweging.feiten.Profiel;
import nl.afweging.feiten.Traject;
import java.util.stream.Stream;
import nl.afweging.model.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Conditions as the executable model parses them, every name resolved: what the default rules write passes; every way
 * found to reach past the facts and the helpers is refused, however it is dressed up (strings, casts, qualified names).
 */
class RuleExpressionsTest {
    private static final Map<String, Class<?>> BOUND = Map.of("$casus", Casus.class, "$basis", Basisniveau.class,
            "$vloeren", List.class, "$traject", Traject.class, "$p", Profiel.class, "$termijn", int.class, "$aantal", Number.class);

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
            "gemeente.bytes != null",
            "wet in (Wet.WMO, System.exit(0))",
            "../leeftijd > 1",
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
            "soorten contains HulpvraagSoort.SCHOOL", "wet not in (Wet.WMO)", "$p.heeftMinstens(2, 3)",
            "soorten.toString() != null", "Math.max($aantal, 1) > 0", "$casus.getSoorten().empty"})
    void aCallOrFieldThatIsThereWithItsArgumentsPasses(String condition) {
        assertThat(findings(condition, Casus.class)).as(condition).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Niveau > 1|'Niveau' is een type, geen waarde", "$casus instanceof Casus c|instanceof", "List.<String>of() != null|typeargumenten",
            "$casus.<String>getGemeente() != null|typeargumenten", "(String) gemeente == null|", "$casus instanceof java.io.File|java.io.File",
            "java.nio.file.Files.exists(null)|'java.nio.file.Files' is geen toegestaan type", "java.util.size() > 0|'java.util' is geen toegestaan type",
            "gemeente.bytes != null|'String.bytes' mag niet", "(leeftijd ? 1 : 2) > 0|de voorwaarde van ? : moet waar of onwaar zijn",
            "../leeftijd > 1|../"})
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

    /** What a condition gives is the type Java gives it, so what is compared, decided on or passed on is checked as what it is. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "true|boolean", "gemeente == null|boolean", "$casus instanceof Casus|boolean", "leeftijd > 18 && < 65|boolean",
        "wet in (Wet.WMO)|boolean", "'wet == Wet.WMO || in (Wet.JEUGDWET)'|boolean", "leeftijd + 1|int", "leeftijd * $termijn|int", "leeftijd - 1L|long", "2L * leeftijd|long",
        "leeftijd / 2.5|double", "1.5 * leeftijd|double", "leeftijd > 1 ? 1 : 2|int", "nl.afweging.model.Wet.WMO|Wet",
        "alleenSoort(HulpvraagSoort.HUISHOUDEN)|boolean", "$casus.getSoorten().empty|boolean", "$casus.peildatum.year|int",
        "java.util.List.of(1, 2).size()|int", "Wet.WMO.name()|String", "gemeente|String", "(leeftijd)|int", "-leeftijd|int",
    })
    void aConditionHasTheTypeJavaGivesIt(String condition, String type) {
        List<RuleExpressions.Finding> findings = new ArrayList<>();
        Class<?> found = RuleExpressions.condition(condition, Casus.class, true, new HashMap<>(BOUND), findings);
        assertThat(findings).as(condition).isEmpty();
        assertThat(found).as(condition).isNotNull();
        assertThat(found.getSimpleName()).as(condition).isEqualTo(type);
    }

    /** A value refused has no type, so nothing built on it is typed as if it were allowed. */
    @Test
    void aRefusedValueHasNoType() {
        List<RuleExpressions.Finding> findings = new ArrayList<>();
        assertThat(RuleExpressions.condition("gemeente.bytes", Casus.class, true, new HashMap<>(BOUND), findings)).isNull();
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.waarom()).startsWith("'String.bytes' mag niet"));
    }

    /** A qualified name that reaches no allowed type is refused by its whole name, in a pattern's condition or in an eval. */
    @Test
    void aQualifiedNameOutsideTheAllowedTypesIsRefusedWhole() {
        for (Class<?> self : new Class<?>[] {Casus.class, null}) {
            List<RuleExpressions.Finding> findings = new ArrayList<>();
            RuleExpressions.condition("java.nio.file.Files.exists(null)", self, true, new HashMap<>(BOUND), findings);
            assertThat(findings).as("%s", self).singleElement()
                    .satisfies(f -> assertThat(f.waarom()).isEqualTo("'java.nio.file.Files' is geen toegestaan type"));
        }
    }

    /** A local named like a package does not make the package a value: what follows it is still no allowed type. */
    @Test
    void aLocalNamedLikeAPackageOpensNothing() {
        assertFound(ConsequenceCheck.checkAnew("int java = 1;\nif (java.util.x > 0) { insert(new Spoed()); }", BOUND),
                "java.util.x", "'java.util.x' is geen toegestaan type");
    }

    @Test
    void aConditionThatCannotBeReadIsRefused() {
        assertFound(findings("leeftijd ==", Casus.class), "leeftijd ==", "niet te lezen");
    }

    /**
     * A parameter is read only in a pattern's constraint, by its name written out, so the compiled rule shows which it
     * reads; a call named waarde on anything else is just a method that is not there.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "waarde(\"x\") > 1|true|",
        "waarde(\"x\") > 1|false|PARAMETER_ONBEKEND",
        "waarde($naam) > 1|true|PARAMETER_ONBEKEND",
        "toString() != null|false|",
    })
    void aParameterIsReadOnlyByItsNameInAConstraint(String condition, boolean constraint, String code) {
        Map<String, Class<?>> bound = new HashMap<>(BOUND);
        bound.put("$naam", String.class);
        List<RuleExpressions.Finding> findings = new ArrayList<>();
        RuleExpressions.condition(condition, Parameters.class, constraint, bound, findings);
        if (code == null) {
            assertThat(findings).as(condition).isEmpty();
        } else {
            assertThat(findings).as(condition).extracting(RuleExpressions.Finding::code).containsExactly(ProblemCode.valueOf(code));
        }
    }

    @Test
    void waardeOnAnotherFactIsNoParameter() {
        assertThat(findings("waarde(\"x\") > 1", Casus.class)).isNotEmpty()
                .extracting(RuleExpressions.Finding::code).containsOnly(ProblemCode.NIET_TOEGESTAAN);
    }

    /** A value may be passed where Java would take it: the same type, a supertype, a wider number, a boxed value. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "long|int|true", "int|long|false", "double|char|true", "char|int|false", "java.lang.Integer|int|true",
        "int|java.lang.Integer|true", "java.lang.Number|java.lang.Integer|true", "java.lang.Integer|java.lang.Number|false",
        "java.lang.String|java.lang.Object|true", "int|java.lang.Object|false", "java.lang.String|int|false",
        "java.lang.Object|java.lang.String|true",
    })
    void aValueIsAssignableAsJavaConvertsIt(String param, String value, boolean assignable) throws ClassNotFoundException {
        assertThat(RuleExpressions.assignable(classOf(param), classOf(value))).as(param + " <- " + value).isEqualTo(assignable);
    }

    /** A method fits the arguments it can take: as many as it has parameters, or for varargs at least the fixed ones. */
    @Test
    void aMethodFitsTheArgumentsItTakes() throws NoSuchMethodException {
        Method max = Math.class.getMethod("max", int.class, int.class);
        assertThat(RuleExpressions.fits(max, List.of(int.class, int.class))).isTrue();
        assertThat(RuleExpressions.fits(max, List.of(int.class))).isFalse();
        assertThat(RuleExpressions.fits(max, List.of(int.class, long.class))).isFalse();
        assertThat(RuleExpressions.fits(max, List.of(String.class, String.class))).isFalse();
        Method format = String.class.getMethod("format", String.class, Object[].class);
        assertThat(RuleExpressions.fits(format, List.of(String.class))).isTrue();
        assertThat(RuleExpressions.fits(format, List.of(String.class, int.class, String.class))).isTrue();
        assertThat(RuleExpressions.fits(format, List.of())).isFalse();
        assertThat(RuleExpressions.fits(format, List.of(int.class))).isFalse();
        Method of = List.class.getMethod("of", Object[].class);
        assertThat(RuleExpressions.fits(of, List.of())).isTrue();
    }

    /** Of the methods of that name and count, the one the arguments fit; static or not as asked; varargs with none. */
    @Test
    void aCallResolvesToTheMethodItsArgumentsFit() {
        assertThat(RuleExpressions.resolve(Integer.class, "valueOf", List.of(String.class), true).getParameterTypes())
                .containsExactly(String.class);
        assertThat(RuleExpressions.resolve(Integer.class, "valueOf", List.of(int.class), true).getParameterTypes())
                .containsExactly(int.class);
        assertThat(RuleExpressions.resolve(Math.class, "max", List.of(int.class), true)).isNull();
        assertThat(RuleExpressions.resolve(Casus.class, "getLeeftijd", List.of(), true)).isNull();
        assertThat(RuleExpressions.resolve(Casus.class, "getLeeftijd", List.of(), false)).isNotNull();
        assertThat(RuleExpressions.resolve(String.class, "format", List.of(String.class), true)).isNotNull();
        assertThat(RuleExpressions.resolve(Set.class, "toString", List.of(), false)).isNotNull();
    }

    private static Class<?> classOf(String name) throws ClassNotFoundException {
        return switch (name) {
            case "int" -> int.class;
            case "long" -> long.class;
            case "double" -> double.class;
            case "char" -> char.class;
            default -> Class.forName(name);
        };
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
        // A list the conditions bound is no fact's list, nor is one a call makes from a type's name.
        assertThat(isList("$vloeren")).isFalse();
        assertThat(isList("java.util.List.of()")).isFalse();
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
