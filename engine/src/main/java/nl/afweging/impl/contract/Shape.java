// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.contract;

import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One position of the aanvraag's shape, as {@link Declaration} reads it from the model records: what may stand
 * there and, worked out once, the words a problem uses for it. Both checkers walk the same tree, so a JSON
 * aanvraag and a record get the same problems in the same order.
 */
sealed interface Shape {
    String DATE_ALLOWED = "een datum JJJJ-MM-DD";

    /** For the checkers' switch: Java 17 has no pattern matching over a sealed type. */
    enum Kind { TEXT, FREE_TEXT, DATE, WHOLE, BOOL, CHOICE, LIST, MAP, OBJECT }

    Kind kind();

    /** What may stand here, in a problem's words. */
    String toegestaan();

    /**
     * A text matching {@code pattern} as a whole ({@code @Patroon}); with {@code geenBsn} also not 8 or 9 digits
     * that pass the elfproef ({@code @GeenBsn}).
     */
    record Text(Pattern pattern, String toegestaan, boolean geenBsn) implements Shape {

        Text(Pattern pattern, String toegestaan) {
            this(pattern, toegestaan, false);
        }

        public Kind kind() { return Kind.TEXT; }
    }

    /**
     * Free text of at most {@code max} characters, counted as the schema counts them, in code points
     * ({@code @VrijeTekst}); a problem names its length or type only, never its content.
     */
    record FreeText(int max, String tooLong) implements Shape {
        FreeText(int max) {
            this(max, "tekst van hoogstens " + max + " tekens");
        }

        public Kind kind() { return Kind.FREE_TEXT; }

        public String toegestaan() { return "tekst"; }
    }

    /**
     * A date. {@code slot} is where a checker keeps it for a later {@code @NietNa}, or -1; {@code notAfterSlot}
     * the slot of the date it may not lie after ({@code notAfterName}), or -1.
     */
    record Date(int slot, int notAfterSlot, String notAfterName, String notAfterAllowed) implements Shape {
        public Kind kind() { return Kind.DATE; }

        public String toegestaan() { return DATE_ALLOWED; }
    }

    /** A whole number from {@code min} to {@code max} inclusive ({@code @Geheel}). */
    record Whole(int min, int max, String toegestaan) implements Shape {
        Whole(int min, int max) {
            this(min, max, "een geheel getal van " + min + " tot en met " + max);
        }

        public Kind kind() { return Kind.WHOLE; }
    }

    record Bool() implements Shape {
        public Kind kind() { return Kind.BOOL; }

        public String toegestaan() { return "true of false"; }
    }

    /**
     * A constant of an enum: {@code allowed} by ordinal (all of them unless {@code @Waarden} says fewer),
     * {@code names} the allowed names, for JSON, {@code values} them in the enum's order.
     */
    record Choice(boolean[] allowed, Set<String> names, List<String> values, String toegestaan) implements Shape {
        public Kind kind() { return Kind.CHOICE; }

        boolean allows(Enum<?> value) {
            return allowed[value.ordinal()];
        }
    }

    /**
     * A list of {@code element}s, at least {@code minstens} and at most {@code maximaal} of them
     * ({@link Integer#MAX_VALUE}: no bound of its own), each once if {@code uniek} (a list of constants only). The
     * texts: when it is no list, when it is too short, for an element seen before, when it is too long.
     */
    record ListOf(Shape element, int minstens, int maximaal, boolean uniek, String notAList, String tooShort, String once,
                  String tooLong) implements Shape {
        public Kind kind() { return Kind.LIST; }

        public String toegestaan() { return notAList; }
    }

    /**
     * An object whose keys are constants of an enum ({@code keys}, in their order; {@code keyNames} for JSON),
     * each with a {@code value} of a single-value shape.
     */
    record MapOf(List<Enum<?>> keys, Set<String> keyNames, Shape value, String unknownKey, String keysAllowed)
            implements Shape {
        public Kind kind() { return Kind.MAP; }

        public String toegestaan() { return "een object"; }
    }

    /**
     * A record as a JSON object: its fields in component order, by name, the required ones in order, the text
     * for an unknown field ({@code "alleen de velden ..."}) and for a value that is no object at all.
     */
    record Obj(Class<?> type, List<Field> fields, Map<String, Field> byName, List<Field> required,
               String knownFields, String toegestaan) implements Shape {
        public Kind kind() { return Kind.OBJECT; }
    }

    /**
     * One component: its JSON name, its pointer step {@code "/naam"}, whether it is required and, if so, the
     * text saying so; why no rule reads it ({@code null}: some rule may); its shape; and its accessor, typed
     * {@code (Object)Object}.
     */
    record Field(String name, String step, boolean verplicht, String verplichtText, String nietVoorRegels,
                 Shape shape, MethodHandle accessor) {
        Object read(Object record) {
            try {
                return (Object) accessor.invokeExact(record);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
