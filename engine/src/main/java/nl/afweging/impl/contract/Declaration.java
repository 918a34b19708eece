// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.contract;

import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.afweging.model.Aanvraag;
import nl.afweging.impl.constraints.GeenBsn;
import nl.afweging.impl.constraints.Geheel;
import nl.afweging.impl.constraints.Lijst;
import nl.afweging.impl.constraints.NietNa;
import nl.afweging.impl.constraints.NietVoorRegels;
import nl.afweging.impl.constraints.Patroon;
import nl.afweging.impl.constraints.Verplicht;
import nl.afweging.impl.constraints.VrijeTekst;
import nl.afweging.impl.constraints.Waarden;

/**
 * Reads the aanvraag's shape from the model records once: the Java types and the annotations of
 * {@code nl.afweging.model}, into a {@link Shape} tree that both checkers and the path readers use.
 * A declaration the checkers could not honour (a {@code String} without {@code @Patroon}, an {@code @NietNa}
 * naming no earlier date, ...) fails here, when the class loads, not on some aanvraag later.
 */
final class Declaration {
    private static final Set<Class<? extends Annotation>> VALUE_ANNOTATIONS =
            Set.of(Patroon.class, VrijeTekst.class, Geheel.class, NietNa.class, Waarden.class, Lijst.class, GeenBsn.class);

    /** The aanvraag's shape, read when this class loads. */
    static final Declaration AANVRAAG = new Declaration(Aanvraag.class);

    private final Shape.Obj root;
    private final int dateSlots;

    // Only while reading: the aanvraag's own dates so far, by name, with their slot; an @NietNa further on names one.
    private final Map<String, Integer> rootDates = new HashMap<>();

    private Declaration(Class<? extends Record> type) {
        this.root = record(type, true);
        this.dateSlots = rootDates.size();
    }

    /** The shape declared by another set of records (the tests keep the aanvraag's shape of an earlier version). */
    static Declaration of(Class<? extends Record> type) {
        return new Declaration(type);
    }

    Shape.Obj root() {
        return root;
    }

    /** How many dates a checker keeps for {@code @NietNa}. */
    int dateSlots() {
        return dateSlots;
    }

    /** What a checker says when the aanvraag itself is no object. */
    String rootAllowed() {
        return "een JSON-object met de velden van een " + root.type().getSimpleName().toLowerCase(Locale.ROOT);
    }

    private Shape.Obj record(Class<?> type, boolean root) {
        if (!type.isRecord()) {
            throw fail(type.getName(), "is geen record");
        }
        List<Shape.Field> fields = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            String where = type.getSimpleName() + "." + c.getName();
            Shape shape = shape(c.getAnnotatedType(), where);
            if (root && shape instanceof Shape.Date d) {
                int slot = rootDates.size();
                shape = new Shape.Date(slot, d.notAfterSlot(), d.notAfterName(), d.notAfterAllowed());
                rootDates.put(c.getName(), slot);
            }
            NietVoorRegels nietVoorRegels = c.getAnnotation(NietVoorRegels.class);
            boolean verplicht = c.isAnnotationPresent(Verplicht.class);
            fields.add(new Shape.Field(c.getName(), "/" + c.getName(), verplicht,
                    "het veld " + c.getName() + " is verplicht", nietVoorRegels == null ? null : nietVoorRegels.value(),
                    shape, accessor(c)));
        }
        Map<String, Shape.Field> byName = new LinkedHashMap<>();
        fields.forEach(f -> byName.put(f.name(), f));
        return new Shape.Obj(type, List.copyOf(fields), Map.copyOf(byName),
                fields.stream().filter(Shape.Field::verplicht).toList(),
                "alleen de velden " + String.join(", ", byName.keySet()), "een object");
    }

    private Shape shape(AnnotatedType annotated, String where) {
        Class<?> type = raw(annotated);
        if (type == String.class) {
            only(annotated, where, Patroon.class, VrijeTekst.class, GeenBsn.class);
            Patroon patroon = annotated.getAnnotation(Patroon.class);
            VrijeTekst vrij = annotated.getAnnotation(VrijeTekst.class);
            if ((patroon == null) == (vrij == null)) {
                throw fail(where, "een tekst heeft @Patroon of @VrijeTekst nodig (precies één)");
            }
            boolean geenBsn = annotated.isAnnotationPresent(GeenBsn.class);
            if (geenBsn && patroon == null) {
                throw fail(where, "@GeenBsn hoort bij een tekst met @Patroon");
            }
            return patroon != null ? new Shape.Text(Pattern.compile(patroon.regex()), patroon.toegestaan(), geenBsn)
                    : new Shape.FreeText(vrij.max());
        }
        if (type == int.class || type == Integer.class) {
            only(annotated, where, Geheel.class);
            Geheel geheel = annotated.getAnnotation(Geheel.class);
            if (geheel == null) {
                throw fail(where, "een geheel getal heeft @Geheel(van, totEnMet) nodig");
            }
            return new Shape.Whole(geheel.van(), geheel.totEnMet());
        }
        if (type == boolean.class || type == Boolean.class) {
            only(annotated, where);
            return new Shape.Bool();
        }
        if (type == LocalDate.class) {
            only(annotated, where, NietNa.class);
            return date(annotated.getAnnotation(NietNa.class), where);
        }
        if (type.isEnum()) {
            only(annotated, where, Waarden.class);
            return choice(type, annotated.getAnnotation(Waarden.class), where);
        }
        if (type == List.class) {
            only(annotated, where, Lijst.class);
            return list(annotated, where);
        }
        if (type == Map.class) {
            only(annotated, where);
            return map(annotated, where);
        }
        if (type.isRecord()) {
            only(annotated, where);
            return record(type, false);
        }
        throw fail(where, "het type " + type.getName() + " kent het contract niet");
    }

    /** Refuses an annotation of the declaration that says nothing about this type (@Geheel on a text). */
    @SafeVarargs
    private static void only(AnnotatedType annotated, String where, Class<? extends Annotation>... allowed) {
        for (Annotation a : annotated.getAnnotations()) {
            if (VALUE_ANNOTATIONS.contains(a.annotationType()) && !List.of(allowed).contains(a.annotationType())) {
                throw fail(where, "@" + a.annotationType().getSimpleName() + " zegt niets over een "
                        + raw(annotated).getSimpleName());
            }
        }
    }

    private Shape.Date date(NietNa nietNa, String where) {
        if (nietNa == null) {
            return new Shape.Date(-1, -1, null, null);
        }
        Integer limit = rootDates.get(nietNa.value());
        if (limit == null) {
            throw fail(where, "@NietNa(\"" + nietNa.value() + "\") noemt geen datum van de aanvraag die ervoor staat");
        }
        return new Shape.Date(-1, limit, nietNa.value(), "een datum op of voor de " + nietNa.value());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Shape.Choice choice(Class<?> type, Waarden waarden, String where) {
        Enum<?>[] constants = (Enum<?>[]) type.getEnumConstants();
        Set<String> allowedNames = new LinkedHashSet<>();
        if (waarden == null) {
            Arrays.stream(constants).forEach(c -> allowedNames.add(c.name()));
        } else {
            for (String name : waarden.value()) {
                try {
                    Enum.valueOf((Class) type, name);
                } catch (IllegalArgumentException e) {
                    throw fail(where, "@Waarden noemt " + name + ", geen waarde van " + type.getSimpleName());
                }
                allowedNames.add(name);
            }
        }
        boolean[] allowed = new boolean[constants.length];
        List<String> values = new ArrayList<>();
        for (Enum<?> c : constants) {
            if (allowedNames.contains(c.name())) {
                allowed[c.ordinal()] = true;
                values.add(c.name());
            }
        }
        return new Shape.Choice(allowed, Set.copyOf(values), List.copyOf(values),
                "een van " + String.join(", ", values));
    }

    private Shape.ListOf list(AnnotatedType annotated, String where) {
        Shape element = shape(typeArgument(annotated, 0, where), where + "[]");
        Lijst lijst = annotated.getAnnotation(Lijst.class);
        int minstens = lijst == null ? 0 : lijst.minstens();
        boolean uniek = lijst != null && lijst.uniek();
        String naam = lijst == null ? "" : lijst.element();
        if (minstens < 0 || minstens > 1) {
            throw fail(where, "@Lijst(minstens) is 0 of 1");
        }
        if ((minstens > 0 || uniek) && naam.isBlank()) {
            throw fail(where, "@Lijst met minstens of uniek noemt ook het element (\"soort\")");
        }
        if (uniek && !(element instanceof Shape.Choice)) {
            throw fail(where, "@Lijst(uniek = true) alleen voor een lijst van enumwaarden");
        }
        int maximaal = lijst == null ? Integer.MAX_VALUE : lijst.maximaal();
        String meervoud = lijst == null ? "" : lijst.elementen();
        if (maximaal < Math.max(1, minstens)) {
            throw fail(where, "@Lijst(maximaal) is minstens 1 en niet kleiner dan minstens");
        }
        if (maximaal < Integer.MAX_VALUE && meervoud.isBlank()) {
            throw fail(where, "@Lijst met maximaal noemt ook de elementen (\"huisgenoten\")");
        }
        String enough = "minstens één " + naam + (element instanceof Shape.Choice c ? ": " + String.join(", ", c.values()) : "");
        return new Shape.ListOf(element, minstens, maximaal, uniek, minstens == 0 ? "een lijst" : "een lijst met " + enough,
                enough, "elke " + naam + " één keer", "hoogstens " + maximaal + " " + meervoud);
    }

    private Shape.MapOf map(AnnotatedType annotated, String where) {
        Class<?> keyType = raw(typeArgument(annotated, 0, where));
        if (!keyType.isEnum()) {
            throw fail(where, "een Map heeft enumwaarden als sleutels");
        }
        Shape value = shape(typeArgument(annotated, 1, where), where + "{}");
        if (value instanceof Shape.ListOf || value instanceof Shape.MapOf || value instanceof Shape.Obj) {
            throw fail(where, "de waarden van een Map zijn enkelvoudig (tekst, getal, datum, ja/nee, enumwaarde)");
        }
        List<Enum<?>> keys = List.of((Enum<?>[]) keyType.getEnumConstants());
        List<String> names = keys.stream().map(Enum::name).toList();
        return new Shape.MapOf(keys, Set.copyOf(names), value, "onbekend " + keyType.getSimpleName().toLowerCase(Locale.ROOT),
                "een van " + String.join(", ", names));
    }

    private static AnnotatedType typeArgument(AnnotatedType annotated, int index, String where) {
        if (!(annotated instanceof AnnotatedParameterizedType p)) {
            throw fail(where, "een lijst of Map zonder typeparameters");
        }
        return p.getAnnotatedActualTypeArguments()[index];
    }

    private static Class<?> raw(AnnotatedType annotated) {
        java.lang.reflect.Type type = annotated.getType();
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof java.lang.reflect.ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw fail(type.getTypeName(), "geen concreet type");
    }

    private static MethodHandle accessor(RecordComponent c) {
        try {
            // Our own lookup, not the public one: as a module the engine exports the model but not, say, a test's records.
            return MethodHandles.lookup().unreflect(c.getAccessor())
                    .asType(MethodType.methodType(Object.class, Object.class));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(c + " is niet openbaar", e);
        }
    }

    private static IllegalStateException fail(String where, String why) {
        return new IllegalStateException("De vorm van de aanvraag: " + where + ": " + why);
    }
}
