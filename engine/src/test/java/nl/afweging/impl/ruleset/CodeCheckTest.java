// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The allow-list check of one piece of rule code: what the default rules write passes; every way found to reach
 * past the facts and the helpers is refused, however it is dressed up (strings, comments, casts, shadowing).
 */
class CodeCheckTest {
    private static final Set<String> BOUND = Set.of("$c", "$basis", "$vloeren", "$traject", "$p");

    @ParameterizedTest
    @ValueSource(strings = {
            "insert(new Vloer(Niveau.SPECIALISTISCH_MAATWERK));",
            "modify($basis) { setNiveau(Niveau.NORMALISATIE) }",
            "insert(new Vloer($traject.getNiveau().hoger()));",
            "Besluit besluit = Besluit.bereken($basis, $vloeren, $vloeren, !$vloeren.isEmpty());\ninsert(besluit);",
            "for (Object vraag : $vloeren) { insert(vraag); }",
            "insert(new Parameter(drools.getRule().getMetaData().get(\"id\"), 3));",
            "wet == Wet.WMO, alleenSoort(HulpvraagSoort.HUISHOUDEN), veiligheid == Veiligheid.GEEN || veiligheid == Veiligheid.ZORGEN",
            "leeftijd >= Math.max(18, $p.aantalTotEnMet(3))",
            "gemeente == \"System.exit(0)\" // System.exit(0) in a comment\n/* Runtime */",
            "String s = \"a\\\"b\"; insert(new Aandachtspunt(s.toUpperCase()));",
            "intValue >= 2",
            "if ($p.aantalTotEnMet(3) > 1) { insert(new Spoed()); } else { insert(new Aandachtspunt(\"x\")); }",
    })
    void whatRulesNeedPasses(String code) {
        assertThat(CodeCheck.check(code, with(code))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "System.exit(0);",
            "java.lang.System.exit(0);",
            "Runtime.getRuntime().halt(7);",
            "new ProcessBuilder(\"sh\").start();",
            "new Thread(() -> {}).start();",
            "Thread.sleep(100000);",
            "Class.forName(\"java.lang.Runtime\");",
            "$c.getClass().getClassLoader();",
            "$c.class.classLoader",
            "this.getClass()",
            "drools.getKieRuntime().halt();",
            "drools.halt();",
            "kcontext.getKieRuntime();",
            "java.nio.file.Files.delete(null);",
            "new java.io.File(\"x\").createNewFile();",
            "new java.net.Socket(\"h\", 1);",
            "LocalDate.now()",
            "Math.random() > 0.5",
            "Integer.getInteger(\"x\")",
            "\"x\".repeat(1000000000)",
            "String.format(\"%999999999d\", 1)",
            "java.util.function.Function<String, String> f = null;",
            "Runnable r = System::gc;",
            "$c.getSoorten().forEach(s -> insert(s));",
            "while (true) { }",
            "do { } while (true);",
            "for (;;) { }",
            "for (int i = 0; i < 1000000000; i++) { }",
            "try { } catch (Exception e) { }",
            "throw new RuntimeException();",
            "synchronized ($c) { }",
            "new int[1000000000];",
            "(#Casus) $c",
            "@SuppressWarnings(\"x\") String s = null;",
            "\"\"\"\ntekst\n\"\"\"",
            "\"open string; System.exit(0);",
            "/* open comment System.exit(0);",
            "a\\u002eexit(0)",
            "new Object() { int getLeeftijd() { return getLeeftijd(); } }.getLeeftijd();",
            "new Aandachtspunt(\"x\") { };",
    })
    void everyWayOutIsRefused(String code) {
        assertThat(CodeCheck.check(code, with(code))).as(code).isNotEmpty();
    }

    @Test
    void aDeclaredNameCannotStandForAJavaClassOrMember() {
        // A binding named like a class is not a declaration, and whatever a variable holds, its members are checked.
        assertThat(CodeCheck.declarations("System : leeftijd")).isEmpty();
        assertThat(CodeCheck.check("$System.exit(0)", Set.of("$System"))).extracting(CodeCheck.Finding::wat).containsExactly("exit");
        assertThat(CodeCheck.check("x = 1; x.getClass()", CodeCheck.declarations("x = 1;")))
                .extracting(CodeCheck.Finding::wat).containsExactly("getClass");
    }

    @Test
    void findingsSayWhatAndOnWhichLine() {
        assertThat(CodeCheck.check("insert(new Spoed());\n\n    System.exit(0);", Set.of()))
                .containsExactly(new CodeCheck.Finding("System", 2), new CodeCheck.Finding("exit", 2));
    }

    @Test
    void noAllowedNameOpensAWayOut() {
        assertThat(AllowList.all()).doesNotContainAnyElementsOf(AllowList.NEVER);
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

    private static Set<String> with(String code) {
        Set<String> declared = new java.util.HashSet<>(BOUND);
        declared.addAll(CodeCheck.declarations(code));
        return declared;
    }
}
