package nl.afweging;

import nl.afweging.model.Fout;
import nl.afweging.model.LoadProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Advies;
import org.junit.jupiter.api.Test;

/** The public API (nl.afweging, nl.afweging.model and the documentation types of nl.afweging.tooling) exposes no Drools or KIE type. */
class PublicApiTest {
    private static final List<Class<?>> API = List.of(Engine.class, Engine.Builder.class, Json.class, Fout.class,
            InvalidAanvraagException.class, RuleSetLoadException.class, LoadProblem.class, Aanvraag.class,
            nl.afweging.docs.RuleSetDocs.class, nl.afweging.docs.DocsFormat.class, nl.afweging.docs.Document.class,
            nl.afweging.docs.Document.Section.class, nl.afweging.docs.Document.Text.class,
            Aanvraag.Builder.class, Advies.class, nl.afweging.model.RouteStap.class, nl.afweging.model.ToegepasteRegel.class,
            nl.afweging.model.Voorziening.class, nl.afweging.model.Kostenindicatie.class, nl.afweging.model.Regelset.class);

    @Test
    void noDroolsTypeLeaksIntoThePublicApi() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : API) {
            for (Method m : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers())) {
                    continue;
                }
                Stream.concat(Stream.of(m.getReturnType()), Stream.of(m.getParameterTypes()))
                        .filter(PublicApiTest::isEngineInternal)
                        .forEach(t -> leaks.add(type.getSimpleName() + "." + m.getName() + " uses " + t.getName()));
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void theResultTypesAreImmutableRecords() {
        for (Class<?> type : List.of(Advies.class, Aanvraag.class, nl.afweging.model.RouteStap.class)) {
            assertThat(type.isRecord()).as(type.getSimpleName()).isTrue();
            for (RecordComponent c : type.getRecordComponents()) {
                assertThat(isEngineInternal(c.getType())).as(c.getName()).isFalse();
            }
        }
    }

    private static boolean isEngineInternal(Class<?> t) {
        String name = t.getName();
        return name.startsWith("org.kie") || name.startsWith("org.drools") || name.startsWith("nl.afweging.internal");
    }
}
