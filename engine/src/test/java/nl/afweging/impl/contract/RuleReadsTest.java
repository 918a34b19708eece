// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.afweging.feiten.Bereik;
import nl.afweging.feiten.Casus;
import nl.afweging.feiten.Leest;
import nl.afweging.impl.constraints.NietVoorRegels;
import org.junit.jupiter.api.Test;

/**
 * Every field of the aanvraag is either given to the rules by some member of a fact ({@code @Leest} in
 * {@code nl.afweging.feiten}) or marked {@code @NietVoorRegels} with a reason: a field added to the records and the
 * schema but forgotten in the facts fails here. And what the facts say they read exists in the contract.
 */
class RuleReadsTest {

    @Test
    void everyFieldIsReadByAFactOrMarkedAsNotForRules() throws Exception {
        Set<String> read = reads().keySet();
        List<String> unread = new ArrayList<>();
        leaves(Declaration.AANVRAAG.root(), "").forEach((path, nietVoorRegels) -> {
            if (nietVoorRegels == null && !read.contains(path)) {
                unread.add(path);
            }
        });

        assertThat(unread).as("velden die geen feit aan de regels geeft (@Leest in nl.afweging.feiten) en die niet "
                + "@NietVoorRegels zijn").isEmpty();
    }

    @Test
    void aFieldNotForRulesIsReadByNoFactAndSaysWhy() throws Exception {
        Map<String, String> notForRules = new TreeMap<>();
        leaves(Declaration.AANVRAAG.root(), "").forEach((path, why) -> {
            if (why != null) {
                notForRules.put(path, why);
            }
        });

        assertThat(notForRules).containsKeys("id", "wijk", "hulpvraag.omschrijving");
        assertThat(notForRules.values()).allSatisfy(why -> assertThat(why).isNotBlank());
        assertThat(reads().keySet()).doesNotContainAnyElementsOf(notForRules.keySet());
    }

    @Test
    void everyPathAFactReadsExists() throws Exception {
        Set<String> declared = leaves(Declaration.AANVRAAG.root(), "").keySet();

        assertThat(reads()).allSatisfy((path, members) -> assertThat(declared).as("%s van %s", path, members).contains(path));
    }

    /** What a Casus member reads shows up in gelezen, so it must be a path with a reader of its own. */
    @Test
    void everyPathTheCasusReadsCanBeShown() {
        for (Method m : Casus.class.getMethods()) {
            Leest leest = m.getAnnotation(Leest.class);
            if (leest != null) {
                assertThat(leest.value()).as(m.getName()).allSatisfy(path -> assertThat(ContractPaths.exists(path)).as(path).isTrue());
            }
        }
    }

    /** A fact member's @Bereik (for the decision-table checks) is the range the contract declares for what it reads. */
    @Test
    void aBereikIsTheDeclaredRange() throws Exception {
        Map<String, Shape> shapes = new LinkedHashMap<>();
        shapes(Declaration.AANVRAAG.root(), "", shapes);
        int checked = 0;
        for (Class<?> fact : facts()) {
            for (Method m : fact.getMethods()) {
                Bereik bereik = m.getAnnotation(Bereik.class);
                Leest leest = m.getAnnotation(Leest.class);
                if (bereik == null || leest == null) {
                    continue;
                }
                Shape shape = shapes.get(leest.value()[0]);
                Shape.Whole whole = (Shape.Whole) (shape instanceof Shape.MapOf map ? map.value() : shape);
                assertThat(new int[] {bereik.van(), bereik.totEnMet()}).as(fact.getSimpleName() + "." + m.getName())
                        .containsExactly(whole.min(), whole.max());
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(3);
    }

    /** Every leaf path of the declaration (into records and lists of records; a map is a leaf), with its reason not to be read. */
    private static Map<String, String> leaves(Shape.Obj shape, String prefix) {
        Map<String, String> leaves = new TreeMap<>();
        walk(shape, prefix, null, leaves);
        return leaves;
    }

    private static void walk(Shape.Obj shape, String prefix, String inheritedWhy, Map<String, String> into) {
        for (Shape.Field field : shape.fields()) {
            String path = prefix + field.name();
            String why = field.nietVoorRegels() != null ? field.nietVoorRegels() : inheritedWhy;
            Shape inner = field.shape() instanceof Shape.ListOf list ? list.element() : field.shape();
            if (inner instanceof Shape.Obj record) {
                walk(record, path + ".", why, into);
            } else {
                into.put(path, why);
            }
        }
    }

    private static void shapes(Shape.Obj shape, String prefix, Map<String, Shape> into) {
        for (Shape.Field field : shape.fields()) {
            Shape inner = field.shape() instanceof Shape.ListOf list ? list.element() : field.shape();
            if (inner instanceof Shape.Obj record) {
                shapes(record, prefix + field.name() + ".", into);
            } else {
                into.put(prefix + field.name(), inner);
            }
        }
    }

    /** Every path some fact member reads, with the members that read it. */
    private static Map<String, Set<String>> reads() throws IOException, URISyntaxException, ClassNotFoundException {
        Map<String, Set<String>> reads = new TreeMap<>();
        for (Class<?> fact : facts()) {
            for (Method m : fact.getMethods()) {
                Leest leest = m.getAnnotation(Leest.class);
                if (leest != null) {
                    for (String path : leest.value()) {
                        reads.computeIfAbsent(path, p -> new TreeSet<>()).add(fact.getSimpleName() + "." + m.getName());
                    }
                }
            }
        }
        return reads;
    }

    /** The classes of nl.afweging.feiten, as compiled: a new fact counts without being listed here. */
    private static List<Class<?>> facts() throws IOException, URISyntaxException, ClassNotFoundException {
        Path folder = Path.of(Casus.class.getResource("Casus.class").toURI()).getParent();
        List<Class<?>> facts = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class")) {
                    facts.add(Class.forName("nl.afweging.feiten." + name.substring(0, name.length() - ".class".length())));
                }
            }
        }
        assertThat(facts).contains(Casus.class, nl.afweging.feiten.Profiel.class, nl.afweging.feiten.Traject.class);
        return facts;
    }
}
