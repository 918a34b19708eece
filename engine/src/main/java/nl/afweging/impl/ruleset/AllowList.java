// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.afweging.feiten.Aandachtspunt;
import nl.afweging.feiten.Basisniveau;
import nl.afweging.feiten.Bereik;
import nl.afweging.feiten.Besluit;
import nl.afweging.feiten.Casus;
import nl.afweging.feiten.Huisgenoot;
import nl.afweging.feiten.Parameter;
import nl.afweging.feiten.Parameters;
import nl.afweging.feiten.Plafond;
import nl.afweging.feiten.PlafondVervalt;
import nl.afweging.feiten.Profiel;
import nl.afweging.feiten.Spoed;
import nl.afweging.feiten.Traject;
import nl.afweging.feiten.Verwijzing;
import nl.afweging.feiten.Vloer;
import nl.afweging.feiten.Voorstel;
import nl.afweging.feiten.Vraag;
import nl.afweging.feiten.VraagOpNiveau;
import nl.afweging.model.Duur;
import nl.afweging.model.HulpvraagSoort;
import nl.afweging.model.Leefgebied;
import nl.afweging.model.Niveau;
import nl.afweging.model.Relatie;
import nl.afweging.model.Resultaat;
import nl.afweging.model.Veiligheid;
import nl.afweging.model.Verwijzer;
import nl.afweging.model.Wet;
import nl.afweging.model.Wlz;

/**
 * Every type a rule may name and every member it may use, by the type that declares it; anything else in a rule's
 * code is refused before the rule set is compiled ({@link RuleCodeCheck}, {@link RuleExpressions}). A rule works on
 * the engine's facts and the model's values, and may use a few pure helpers; it can reach nothing else: no file,
 * process, network, clock, reflection or the engine itself. That holds because every member is resolved to its
 * declaring type before it is allowed, and no allowed member gives an object outside these types (a test keeps it so).
 */
final class AllowList {
    /** The engine's facts: what rules match, insert and change. */
    static final List<Class<?>> FEITEN = List.of(Aandachtspunt.class, Basisniveau.class, Bereik.class, Besluit.class,
            Casus.class, Huisgenoot.class, Parameter.class, Parameters.class, Plafond.class, PlafondVervalt.class,
            Profiel.class, Spoed.class, Traject.class, Verwijzing.class, Vloer.class, Voorstel.class, Vraag.class, VraagOpNiveau.class);

    /** The model's values that facts hold. */
    static final List<Class<?>> WAARDEN = List.of(Duur.class, HulpvraagSoort.class, Leefgebied.class, Niveau.class,
            Relatie.class, Resultaat.class, Veiligheid.class, Verwijzer.class, Wet.class, Wlz.class);

    /**
     * Names that open a way out of the rules (the JVM, the engine, reflection, the clock, system properties): never
     * allowed, whoever declares them, also when a fact or helper gains such a method.
     */
    static final Set<String> NEVER = Set.of("getClass", "class", "forName", "getClassLoader", "classLoader", "invoke",
            "newInstance", "getMethod", "getDeclaredMethod", "getField", "getDeclaredField", "setAccessible", "exit",
            "halt", "exec", "getRuntime", "getenv", "getProperty", "getProperties", "setProperty", "load", "loadLibrary",
            "wait", "notify", "notifyAll", "finalize", "clone", "now", "random", "getKieRuntime", "getWorkingMemory",
            "getEntryPoint", "getChannel", "getContext", "getTuple", "getMatch", "setFocus", "getFactHandle",
            "getKnowledgeRuntime", "getSessionClock", "getInteger", "getLong", "getBoolean", "identityHashCode",
            "repeat", "format");

    private AllowList() {}

    /** Whether a pattern may match this type (a fact, or what an accumulate or collect gives). */
    static boolean isPatternType(String simpleName) {
        return FEITEN.stream().anyMatch(t -> t.getSimpleName().equals(simpleName))
                || Set.of("Number", "List", "Set", "Collection").contains(simpleName);
    }

    /** Whether an import may name this: a fact, a model value or a helper type, or every fact at once. */
    static boolean isImport(String target) {
        if (target.equals("nl.afweging.feiten.*")) {
            return true;
        }
        return Stream.of(FEITEN, WAARDEN).flatMap(List::stream).anyMatch(t -> t.getName().equals(target))
                || Set.of("java.util.List", "java.util.Set", "java.util.Map", "java.util.Collection", "java.time.LocalDate",
                        "java.time.Period", "java.time.temporal.ChronoUnit").contains(target);
    }

    /** The helper types by their full name, each with the members a rule may use on it (resolved: by declaring type). */
    private static final Map<Class<?>, Set<String>> HELPERS = Map.ofEntries(
            Map.entry(Math.class, Set.of("abs", "min", "max", "floor", "ceil", "round", "floorDiv", "floorMod", "addExact",
                    "subtractExact", "multiplyExact", "signum")),
            Map.entry(String.class, Set.of("length", "isEmpty", "isBlank", "equals", "equalsIgnoreCase", "startsWith", "endsWith",
                    "contains", "indexOf", "substring", "toLowerCase", "toUpperCase", "strip", "trim", "compareTo", "charAt")),
            Map.entry(Integer.class, Set.of("intValue", "longValue", "doubleValue", "compareTo", "equals", "compare", "valueOf", "parseInt")),
            Map.entry(Long.class, Set.of("intValue", "longValue", "doubleValue", "compareTo", "equals", "compare", "valueOf")),
            Map.entry(Double.class, Set.of("intValue", "longValue", "doubleValue", "compareTo", "equals", "compare", "valueOf")),
            Map.entry(Boolean.class, Set.of("booleanValue", "equals", "valueOf")),
            Map.entry(Number.class, Set.of("intValue", "longValue", "doubleValue")),
            Map.entry(Object.class, Set.of("equals", "toString", "hashCode")),
            Map.entry(Enum.class, Set.of("name", "ordinal", "compareTo", "equals")),
            Map.entry(Collection.class, Set.of("size", "isEmpty", "contains", "containsAll")),
            Map.entry(List.class, Set.of("of", "copyOf", "size", "isEmpty", "contains", "containsAll", "get")),
            Map.entry(Set.class, Set.of("of", "copyOf", "size", "isEmpty", "contains", "containsAll")),
            Map.entry(Map.class, Set.of("of", "copyOf", "size", "isEmpty", "get", "containsKey", "getOrDefault")),
            Map.entry(LocalDate.class, Set.of("of", "plusDays", "plusMonths", "plusYears", "minusDays", "minusMonths", "minusYears",
                    "isBefore", "isAfter", "isEqual", "getYear", "getMonthValue", "getDayOfMonth", "equals", "compareTo")),
            Map.entry(Period.class, Set.of("between", "getYears", "getMonths", "getDays", "toTotalMonths")),
            Map.entry(ChronoUnit.class, Set.of("DAYS", "MONTHS", "YEARS", "between")));

    /** The packages the allowed types are in, as a qualified name is read part by part ({@code java.util.List}). */
    private static final Set<String> PACKAGES = Set.of("java", "java.lang", "java.util", "java.time", "java.time.temporal",
            "nl", "nl.afweging", "nl.afweging.feiten", "nl.afweging.model");

    /** An allowed type by its simple or full name: a fact, a model value or a helper; empty for any other name. */
    static Optional<Class<?>> type(String name) {
        return Stream.of(FEITEN, WAARDEN, List.copyOf(HELPERS.keySet())).flatMap(List::stream)
                .filter(t -> t != Enum.class && (t.getSimpleName().equals(name) || t.getName().equals(name))).findFirst();
    }

    /** Whether this is a package on the way to an allowed type's full name. */
    static boolean isPackagePrefix(String name) {
        return PACKAGES.contains(name);
    }

    /**
     * Whether a rule may use the member {@code name} as declared by {@code declaring}, the type that declares the
     * resolved method, constructor or field: a fact's or model value's own public members, or a helper's listed ones.
     * A name in {@link #NEVER} is never allowed, whoever declares it.
     */
    static boolean isAllowedMember(Class<?> declaring, String name) {
        if (NEVER.contains(name)) {
            return false;
        }
        if (FEITEN.contains(declaring) || WAARDEN.contains(declaring)) {
            return true;
        }
        return HELPERS.getOrDefault(declaring, Set.of()).contains(name);
    }

    /** The facts a method gives that a rule did not construct itself: a fact's static factory such as Besluit.bereken. */
    static Set<Class<?>> factsMadeBy(Method method) {
        return Modifier.isStatic(method.getModifiers()) && FEITEN.contains(method.getReturnType())
                ? Set.of(method.getReturnType()) : Set.of();
    }

    /** {@link #factsMadeBy(Method)} for every fact's static method of this name, where its owner is not known. */
    static Set<Class<?>> factsMadeBy(String methodName) {
        Set<Class<?>> made = new java.util.HashSet<>();
        for (Class<?> fact : FEITEN) {
            for (Method m : fact.getMethods()) {
                if (m.getName().equals(methodName)) {
                    made.addAll(factsMadeBy(m));
                }
            }
        }
        return made;
    }

    /** The helper types with the members a rule may use on each, for the test that none reaches further. */
    static Map<Class<?>, Set<String>> helpers() {
        return HELPERS;
    }
}
