// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's architecture, checked on every class it compiles (not a list): the module exports exactly the API
 * packages; every other package is internal ({@code nl.afweging.impl...}); no package uses one above it; no Drools,
 * KIE, MVEL or internal type appears in a public or protected signature of the API; the API keeps no mutable static
 * state; and every API record holds only immutable values.
 */
class ArchitectureTest {
    /** The API: what the module exports. Everything else must live under {@code nl.afweging.impl}. */
    static final Set<String> API = Set.of("nl.afweging", "nl.afweging.model", "nl.afweging.feiten", "nl.afweging.schema");

    /**
     * From the top down; a package may use its own layer's packages and any layer below, never one above. Read from
     * docs/architectuur.md, the list between {@code <!-- lagen -->} and {@code <!-- /lagen -->}, one layer a line.
     */
    static final List<Set<String>> LAYERS = layersOnThePage();

    private static List<Set<String>> layersOnThePage() {
        String page;
        try {
            page = Files.readString(TestEngines.root().resolve("docs/architectuur.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String list = page.substring(page.indexOf("<!-- lagen -->"), page.indexOf("<!-- /lagen -->"));
        List<Set<String>> layers = new ArrayList<>();
        Matcher layer = Pattern.compile("(?m)^\\d+\\. (.*(?:\\n {3}.*)*)").matcher(list);
        while (layer.find()) {
            Matcher pkg = Pattern.compile("`(nl\\.afweging[\\w.]*)`").matcher(layer.group(1));
            Set<String> packages = new java.util.LinkedHashSet<>();
            while (pkg.find()) {
                packages.add(pkg.group(1));
            }
            layers.add(Set.copyOf(packages));
        }
        return List.copyOf(layers);
    }

    @Test
    void thePageListsTheLayersAndNamesEveryModuleOfTheBuild() throws IOException {
        assertThat(LAYERS).hasSize(10).allSatisfy(l -> assertThat(l).isNotEmpty());
        assertThat(LAYERS.get(2)).containsExactly("nl.afweging");
        String page = Files.readString(TestEngines.root().resolve("docs/architectuur.md"));
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(TestEngines.root().resolve("pom.xml")));
        int modules = 0;
        while (module.find()) {
            assertThat(page).as("docs/architectuur.md names module %s", module.group(1)).contains("`" + module.group(1) + "`");
            modules++;
        }
        assertThat(modules).isGreaterThanOrEqualTo(5);
    }

    private static final Pattern ENGINE_CLASS = Pattern.compile("nl/afweging/((?:[a-z]\\w*/)*)[A-Z]\\w*");
    private static final List<String> FOREIGN = List.of("org.kie.", "org.drools.", "org.mvel2.", "nl.afweging.impl.");

    private static Path classes;
    private static Map<String, byte[]> classFiles;

    @BeforeAll
    static void readEveryClass() throws IOException, URISyntaxException {
        classes = Path.of(Engine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            classFiles = new TreeMap<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                classFiles.put(classes.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        assertThat(classFiles).as("the engine's classes").hasSizeGreaterThan(100);
    }

    @Test
    void theModuleExportsExactlyTheApiPackages() throws IOException {
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }
        // Internal packages seen by the modules of this project beside the core, by name: the tables by the Excel
        // reader (workbooks read into the core's tables) and by the documentation, the parsed rule set by the
        // documentation, the batch machinery and the aanvraag's input rules by replay and the simulation, the
        // contract's JSON and the owner-only key files by the audit log. No other module, and no embedder, sees
        // anything under impl.
        assertThat(module.exports().stream().filter(ModuleDescriptor.Exports::isQualified)
                .collect(Collectors.toMap(ModuleDescriptor.Exports::source, ModuleDescriptor.Exports::targets)))
                .isEqualTo(java.util.Map.of("nl.afweging.impl.ruleset.tables", Set.of("nl.afweging.tabellen", "nl.afweging.tools"),
                        "nl.afweging.impl.ruleset", Set.of("nl.afweging.tools", "nl.afweging.tabellen"),
                        "nl.afweging.impl.evaluation", Set.of("nl.afweging.tools"),
                        "nl.afweging.impl.constraints", Set.of("nl.afweging.tools"),
                        "nl.afweging.impl.contract", Set.of("nl.afweging.tools", "nl.afweging.audit"),
                        "nl.afweging.impl.support", Set.of("nl.afweging.audit")));
        Set<String> exported = module.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        // nl.afweging.schema holds only the JSON Schemas (resources): opened for reading, nothing to export.
        assertThat(exported).containsExactlyInAnyOrderElementsOf(API.stream().filter(p -> !p.equals("nl.afweging.schema")).toList());
        assertThat(module.opens()).anySatisfy(o -> {
            assertThat(o.source()).isEqualTo("nl.afweging.schema");
            assertThat(o.isQualified()).isFalse();
        });
    }

    @Test
    void everyPackageIsApiOrInternal() {
        Set<String> packages = classNames().map(ArchitectureTest::packageOf).collect(Collectors.toCollection(TreeSet::new));
        assertThat(packages).allSatisfy(p -> assertThat(API.contains(p) || p.startsWith("nl.afweging.impl."))
                .as(p + " is neither exported API nor under nl.afweging.impl").isTrue());
        Set<String> layered = LAYERS.stream().flatMap(Set::stream).collect(Collectors.toSet());
        assertThat(layered).as("every package has a layer").containsAll(packages);
    }

    /**
     * What an embedder takes in: the public types of the exported packages, nested ones included. Issue 25 asks for at
     * most 60; this is where the core stands, so it can only go down (docs/inbedden.md names what is left).
     */
    @Test
    void theApiHasNoMoreTypesThanItHad() {
        assertThat(apiTypes()).as("exported types").hasSizeLessThanOrEqualTo(EXPORTED_TYPES);
    }

    static final int EXPORTED_TYPES = 64;

    @Test
    void noPackageUsesOneAboveIt() {
        List<String> violations = new ArrayList<>();
        classFiles.forEach((file, bytes) -> {
            String from = packageOf(file.replace('/', '.').replaceFirst("\\.class$", ""));
            if (from.isEmpty()) {
                return; // module-info
            }
            int fromLayer = layer(from);
            for (String used : referencedPackages(bytes)) {
                if (layer(used) < fromLayer) {
                    violations.add(file + " (" + from + ") uses " + used + ", a layer above it");
                }
            }
        });
        assertThat(violations).isEmpty();
    }

    @Test
    void noForeignOrInternalTypeInAnyPublicSignatureOfTheApi() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : apiTypes()) {
            List<Type> used = new ArrayList<>();
            if (type.getGenericSuperclass() != null) {
                used.add(type.getGenericSuperclass());
            }
            used.addAll(List.of(type.getGenericInterfaces()));
            for (Field f : type.getDeclaredFields()) {
                if (isVisible(f.getModifiers())) {
                    used.add(f.getGenericType());
                }
            }
            List<Executable> executables = new ArrayList<>(List.of(type.getDeclaredMethods()));
            executables.addAll(List.of(type.getDeclaredConstructors()));
            for (Executable e : executables) {
                if (isVisible(e.getModifiers()) && !e.isSynthetic()) {
                    used.addAll(List.of(e.getGenericParameterTypes()));
                    used.addAll(List.of(e.getGenericExceptionTypes()));
                    if (e instanceof Method m) {
                        used.add(m.getGenericReturnType());
                    }
                }
            }
            for (Type t : used) {
                for (Class<?> raw : rawTypes(t, new ArrayList<>())) {
                    if (FOREIGN.stream().anyMatch(raw.getName()::startsWith)) {
                        leaks.add(type.getName() + " uses " + raw.getName());
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void theApiKeepsNoMutableStaticState() {
        List<String> mutable = new ArrayList<>();
        for (Class<?> type : apiTypes()) {
            for (Field f : type.getDeclaredFields()) {
                int m = f.getModifiers();
                if (!Modifier.isStatic(m) || f.isSynthetic() || f.isEnumConstant()) {
                    continue;
                }
                if (!Modifier.isFinal(m)) {
                    mutable.add(type.getName() + "." + f.getName() + " is static and not final");
                } else if (isVisible(m) && !isImmutableType(f.getType())) {
                    mutable.add(type.getName() + "." + f.getName() + " is a visible static " + f.getType().getName());
                }
            }
        }
        assertThat(mutable).isEmpty();
    }

    @Test
    void everyApiRecordHoldsOnlyImmutableValueTypes() {
        List<String> problems = new ArrayList<>();
        for (Class<?> type : apiTypes()) {
            if (!type.isRecord()) {
                continue;
            }
            for (RecordComponent c : type.getRecordComponents()) {
                for (Class<?> raw : rawTypes(c.getGenericType(), new ArrayList<>())) {
                    if (!isImmutableType(raw) && !List.class.equals(raw) && !Map.class.equals(raw) && !Set.class.equals(raw)
                            && !Object.class.equals(raw)) {
                        problems.add(type.getName() + "." + c.getName() + " holds a " + raw.getName());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyCollectionInAnAdviesAndInTheRuleListRefusesChanges() throws Exception {
        Engine engine = TestEngines.standaard();
        List<Object> values = new ArrayList<>(engine.regels());
        try (Stream<Path> fixtures = Files.list(TestEngines.root().resolve("fixtures"))) {
            for (Path f : fixtures.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String aanvraag = Json.write(new com.fasterxml.jackson.databind.ObjectMapper().readTree(f.toFile()).get("aanvraag"));
                values.add(engine.evaluate(aanvraag));
            }
        }
        List<String> changeable = new ArrayList<>();
        for (Object value : values) {
            walk(value, value.getClass().getSimpleName(), changeable);
        }
        assertThat(changeable).isEmpty();
    }

    /** Tries to change every list, set and map reachable through record components; each must refuse. */
    private static void walk(Object value, String path, List<String> changeable) throws ReflectiveOperationException {
        if (value instanceof Collection<?> c) {
            try {
                c.clear();
                changeable.add(path + " (" + value.getClass().getName() + ")");
            } catch (UnsupportedOperationException expected) {
                // refused, as it should
            }
            int i = 0;
            for (Object item : c) {
                walk(item, path + "[" + i++ + "]", changeable);
            }
        } else if (value instanceof Map<?, ?> m) {
            try {
                m.clear();
                changeable.add(path + " (" + value.getClass().getName() + ")");
            } catch (UnsupportedOperationException expected) {
                // refused, as it should
            }
            for (Map.Entry<?, ?> e : m.entrySet()) {
                walk(e.getValue(), path + "." + e.getKey(), changeable);
            }
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                walk(c.getAccessor().invoke(value), path + "." + c.getName(), changeable);
            }
        }
    }

    /** The declared types of every class in an exported package. */
    static List<Class<?>> apiTypes() {
        return classNames().filter(n -> API.contains(packageOf(n))).map(ArchitectureTest::load)
                .filter(c -> Modifier.isPublic(c.getModifiers())).toList();
    }

    private static Stream<String> classNames() {
        return classFiles.keySet().stream().filter(f -> !f.endsWith("module-info.class") && !f.endsWith("package-info.class"))
                .map(f -> f.replace('/', '.').replaceFirst("\\.class$", ""));
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ArchitectureTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isVisible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    /** Types whose values cannot change once made (records are checked component by component themselves). */
    static boolean isImmutableType(Class<?> t) {
        return t.isPrimitive() || t.isEnum() || t.isRecord() || t == String.class || t == BigDecimal.class
                || t == LocalDate.class || t == Instant.class || t == Boolean.class || t == Integer.class || t == Long.class
                || Path.class.isAssignableFrom(t) || (t.getName().startsWith("nl.afweging.") && t.isInterface() && t.isSealed());
    }

    private static List<Class<?>> rawTypes(Type t, List<Class<?>> out) {
        if (t instanceof Class<?> c) {
            out.add(c.isArray() ? c.getComponentType() : c);
            if (c.isArray()) {
                out.add(c); // an array is never immutable
            }
        } else if (t instanceof ParameterizedType p) {
            rawTypes(p.getRawType(), out);
            for (Type a : p.getActualTypeArguments()) {
                rawTypes(a, out);
            }
        } else if (t instanceof WildcardType w) {
            Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds())).forEach(b -> rawTypes(b, out));
        } else if (t instanceof GenericArrayType g) {
            rawTypes(g.getGenericComponentType(), out);
        } else if (t instanceof TypeVariable<?> v) {
            for (Type b : v.getBounds()) {
                rawTypes(b, out);
            }
        }
        return out;
    }

    /** The engine packages a class file names in its constant pool (class references, descriptors, signatures). */
    static Set<String> referencedPackages(byte[] classFile) {
        Set<String> packages = new TreeSet<>();
        Matcher m = ENGINE_CLASS.matcher(new String(classFile, StandardCharsets.ISO_8859_1));
        while (m.find()) {
            String dir = m.group(1);
            packages.add(("nl/afweging/" + dir).replaceAll("/$", "").replace('/', '.'));
        }
        return packages;
    }

    private static int layer(String pkg) {
        for (int i = 0; i < LAYERS.size(); i++) {
            if (LAYERS.get(i).contains(pkg)) {
                return i;
            }
        }
        throw new IllegalStateException("no layer for " + pkg);
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }
}
