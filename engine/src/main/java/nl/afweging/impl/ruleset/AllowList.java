// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
 * Every name a rule may use; anything else in a rule's code is refused before the rule set is compiled
 * ({@link RuleCodeCheck}). A rule works on the engine's facts and the model's values, and may use a few pure
 * helpers; it can reach nothing else: no file, process, network, clock, reflection or the engine itself.
 *
 * <p>The list is of names, not of types: a name after a dot must be a member of an allowed type, any other name an
 * allowed type, keyword or a variable the rule declares itself. That is safe because no allowed member reaches an
 * object whose other members could do harm, and {@link #NEVER} is checked against the list by a test.
 */
final class AllowList {
    /** The engine's facts: what rules match, insert and change. */
    static final List<Class<?>> FEITEN = List.of(Aandachtspunt.class, Basisniveau.class, Bereik.class, Besluit.class,
            Casus.class, Huisgenoot.class, Parameter.class, Parameters.class, Plafond.class, PlafondVervalt.class,
            Profiel.class, Spoed.class, Traject.class, Verwijzing.class, Vloer.class, Voorstel.class, Vraag.class, VraagOpNiveau.class);

    /** The model's values that facts hold. */
    static final List<Class<?>> WAARDEN = List.of(Duur.class, HulpvraagSoort.class, Leefgebied.class, Niveau.class,
            Relatie.class, Resultaat.class, Veiligheid.class, Verwijzer.class, Wet.class, Wlz.class);

    /** Pure helper types, by simple name, each with the members a rule may call on it (and on its values). */
    private static final Set<String> HELPER_TYPES = Set.of("String", "Math", "Integer", "Long", "Double", "Boolean",
            "Number", "Object", "List", "Set", "Map", "Collection", "LocalDate", "Period", "ChronoUnit");
    private static final Set<String> HELPER_MEMBERS = Set.of(
            // java.lang.Math: arithmetic only (no random)
            "abs", "min", "max", "floor", "ceil", "round", "floorDiv", "floorMod", "addExact", "subtractExact",
            "multiplyExact", "signum",
            // String
            "length", "isEmpty", "isBlank", "equals", "equalsIgnoreCase", "startsWith", "endsWith", "contains",
            "indexOf", "substring", "toLowerCase", "toUpperCase", "strip", "trim", "compareTo", "valueOf", "charAt",
            "toString",
            // boxed numbers and booleans
            "intValue", "longValue", "doubleValue", "booleanValue", "parseInt", "compare",
            // immutable collections
            "of", "copyOf", "size", "get", "containsAll", "containsKey", "getOrDefault",
            // java.time values (no now(): the peildatum is "today", never the clock)
            "plusDays", "plusMonths", "plusYears", "minusDays", "minusMonths", "minusYears", "isBefore", "isAfter",
            "isEqual", "getYear", "getMonthValue", "getDayOfMonth", "between", "getYears", "getMonths", "getDays",
            "toTotalMonths", "DAYS", "MONTHS", "YEARS",
            // the id of the rule that fires, as a parameter or catalogue table reads it: drools.getRule().getMetaData()
            "getRule", "getMetaData",
            // qualified names of the allowed types (java.util.List, nl.afweging.feiten.Vloer)
            "util", "time", "temporal", "lang", "afweging", "feiten", "model");

    /** What a rule's code may say besides names of types and members. */
    private static final Set<String> KEYWORDS = Set.of(
            // Java in actions: declare, choose, loop over a list (a for without a colon is refused apart)
            "new", "this", "null", "true", "false", "if", "else", "for", "return", "instanceof", "final", "var",
            "int", "long", "double", "boolean",
            // DRL conditions
            "not", "contains", "memberOf", "in", "excludes",
            // DRL actions and the rule context whose only allowed member is getRule
            "insert", "insertLogical", "modify", "update", "delete", "retract", "drools",
            // the roots of qualified names
            "java", "nl");

    /**
     * Names that open a way out of the rules (the JVM, the engine, reflection, the clock, system properties). No
     * allowed name may be one of them; a test keeps it so when a fact or helper gains a method.
     */
    static final Set<String> NEVER = Set.of("getClass", "class", "forName", "getClassLoader", "classLoader", "invoke",
            "newInstance", "getMethod", "getDeclaredMethod", "getField", "getDeclaredField", "setAccessible", "exit",
            "halt", "exec", "getRuntime", "getenv", "getProperty", "getProperties", "setProperty", "load", "loadLibrary",
            "wait", "notify", "notifyAll", "finalize", "clone", "now", "random", "getKieRuntime", "getWorkingMemory",
            "getEntryPoint", "getChannel", "getContext", "getTuple", "getMatch", "setFocus", "getFactHandle",
            "getKnowledgeRuntime", "getSessionClock", "getInteger", "getLong", "getBoolean", "identityHashCode",
            "repeat", "format", "System", "Runtime", "Thread", "ProcessBuilder", "Class", "ClassLoader", "Files",
            "Paths", "Path", "File", "Socket", "URL", "URI");

    private static final Set<String> MEMBERS;
    private static final Set<String> NAMES;

    static {
        Set<String> types = new TreeSet<>(HELPER_TYPES);
        Set<String> members = new TreeSet<>(HELPER_MEMBERS);
        Stream.concat(FEITEN.stream(), WAARDEN.stream()).forEach(type -> {
            types.add(type.getSimpleName());
            members.addAll(membersOf(type));
        });
        Set<String> names = new TreeSet<>(KEYWORDS);
        names.addAll(types);
        // Inside a condition or a modify block a fact's members are used without a dot.
        FEITEN.forEach(type -> names.addAll(membersOf(type)));
        // ... and so are those of what an accumulate or collect gives: Number(intValue >= 2), List(size > 0).
        names.addAll(Set.of("intValue", "longValue", "doubleValue", "size", "isEmpty", "empty"));
        MEMBERS = Collections.unmodifiableSet(members);
        NAMES = Collections.unmodifiableSet(names);
    }

    private AllowList() {}

    /** Whether a name may stand after a dot: a member of an allowed type, or part of an allowed qualified name. */
    static boolean isMember(String name) {
        return MEMBERS.contains(name);
    }

    /** Whether a name may stand on its own: an allowed type, keyword or a fact's member. */
    static boolean isName(String name) {
        return NAMES.contains(name);
    }

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

    /** Every allowed name, for the documentation and for the test that none of them is in {@link #NEVER}. */
    static Set<String> all() {
        Set<String> all = new TreeSet<>(NAMES);
        all.addAll(MEMBERS);
        return Collections.unmodifiableSet(all);
    }

    /**
     * A type's own public methods (not those of Object or Enum), the properties its getters give (getNiveau and
     * niveau, isOverbelast and overbelast) and its enum constants and record components.
     */
    private static Set<String> membersOf(Class<?> type) {
        Set<String> members = new TreeSet<>();
        for (Method m : type.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()) {
                members.add(m.getName());
                property(m.getName()).ifPresent(members::add);
            }
        }
        for (Field f : type.getDeclaredFields()) {
            if (Modifier.isPublic(f.getModifiers()) || f.isEnumConstant()) {
                members.add(f.getName());
            }
        }
        if (type.isEnum()) {
            members.addAll(Set.of("name", "ordinal", "compareTo", "equals", "values"));
        }
        return members;
    }

    private static java.util.Optional<String> property(String method) {
        for (String prefix : List.of("get", "is")) {
            if (method.length() > prefix.length() && method.startsWith(prefix)
                    && Character.isUpperCase(method.charAt(prefix.length()))) {
                String rest = method.substring(prefix.length());
                return java.util.Optional.of(rest.substring(0, 1).toLowerCase(Locale.ROOT) + rest.substring(1));
            }
        }
        return java.util.Optional.empty();
    }
}
