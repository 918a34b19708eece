// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.contract;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a record built in Java against the declared shape, straight through its accessors, with exactly the
 * problems {@link TreeCheck} finds in the record's JSON form (as the contract's mapper writes it): what the JSON
 * would hold is worked out from the value, not written and read back. A record cannot hold an unknown field or
 * a value of the wrong type, so only the rest can go wrong: a {@code null} where a value is required, a text
 * off its pattern, a number out of range, a constant outside {@code @Waarden}, a short or repeating list, a
 * {@code null} map value, a year beyond 9999, a date after the one it may not pass. Map entries are taken in the
 * order of their keys' constants, as the mapper writes them.
 */
final class RecordCheck {
    private final Fouten.Collector fouten = new Fouten.Collector();
    private final LocalDate[] dates;

    private RecordCheck(Declaration declaration) {
        this.dates = new LocalDate[declaration.dateSlots()];
    }

    static Fouten check(Declaration declaration, Object root) {
        RecordCheck check = new RecordCheck(declaration);
        if (root == null) {
            check.fout("", Problems.NULL, declaration.rootAllowed());
        } else {
            check.object(root, "", declaration.root());
        }
        return check.fouten.done();
    }

    private void object(Object record, String ptr, Shape.Obj shape) {
        for (Shape.Field field : shape.required()) {
            if (field.read(record) == null) {
                fout(ptr + field.step(), Problems.MISSING, field.verplichtText());
            }
        }
        for (Shape.Field field : shape.fields()) {
            Object value = field.read(record);
            if (value != null) {
                value(value, ptr, field.step(), field.shape());
            }
        }
    }

    /**
     * Checks a value that is there, at {@code ptr} followed by {@code step} (a field's "/name", a list index or a map
     * key): the pointer is only put together for a problem or a value with parts, since most values have neither.
     * The switch follows {@link TreeCheck}'s, case by case.
     */
    private void value(Object value, String ptr, Object step, Shape shape) {
        switch (shape.kind()) {
            case TEXT -> {
                Shape.Text text = (Shape.Text) shape;
                if (!text.pattern().matcher((String) value).matches()) {
                    fout(pad(ptr, step), Problems.describe((String) value), text.toegestaan());
                } else if (text.geenBsn() && Bsn.passesElfproef((String) value)) {
                    fout(pad(ptr, step), Bsn.found((String) value), text.toegestaan());
                }
            }
            case FREE_TEXT -> {
                Shape.FreeText text = (Shape.FreeText) shape;
                if (Problems.codePoints((String) value) > text.max()) {
                    fout(pad(ptr, step), Problems.length((String) value), text.tooLong());
                }
            }
            case DATE -> date((LocalDate) value, ptr, step, (Shape.Date) shape);
            case WHOLE -> {
                Shape.Whole whole = (Shape.Whole) shape;
                int number = (Integer) value;
                if (number < whole.min() || number > whole.max()) {
                    fout(pad(ptr, step), Integer.toString(number), whole.toegestaan());
                }
            }
            case BOOL -> { }
            case CHOICE -> choice((Enum<?>) value, ptr, step, (Shape.Choice) shape);
            case LIST -> list((List<?>) value, pad(ptr, step), (Shape.ListOf) shape);
            case MAP -> map((Map<?, ?>) value, pad(ptr, step), (Shape.MapOf) shape);
            case OBJECT -> object(value, pad(ptr, step), (Shape.Obj) shape);
            default -> throw new IllegalStateException(shape.kind().name());
        }
    }

    /** The JSON pointer of a value: its parent's and its step, a field ("/name"), a list index or a map key. */
    private static String pad(String ptr, Object step) {
        if (step instanceof Integer index) {
            return ptr + "/" + index;
        }
        return step instanceof Enum<?> key ? ptr + "/" + key.name() : ptr + step;
    }

    private void date(LocalDate date, String ptr, Object step, Shape.Date shape) {
        if (!Dates.inForm(date)) {
            // The mapper writes such a year with a sign or a fifth digit: no JJJJ-MM-DD.
            fout(pad(ptr, step), Problems.describe(date.toString()), Shape.DATE_ALLOWED);
            return;
        }
        if (shape.slot() >= 0) {
            dates[shape.slot()] = date;
        }
        if (shape.notAfterSlot() >= 0) {
            LocalDate limit = dates[shape.notAfterSlot()];
            if (limit != null && date.isAfter(limit)) {
                fout(pad(ptr, step), Problems.after(date, shape.notAfterName(), limit), shape.notAfterAllowed());
            }
        }
    }

    private boolean choice(Enum<?> value, String ptr, Object step, Shape.Choice shape) {
        if (!shape.allows(value)) {
            fout(pad(ptr, step), Problems.describe(value.name()), shape.toegestaan());
            return false;
        }
        return true;
    }

    private void list(List<?> list, String ptr, Shape.ListOf shape) {
        if (list.size() < shape.minstens()) {
            fout(ptr, Problems.EMPTY_LIST, shape.tooShort());
            return;
        }
        if (list.size() > shape.maximaal()) {
            fout(ptr, Problems.listOf(list.size()), shape.tooLong());
            return;
        }
        Set<Object> seen = shape.uniek() && list.size() > 1 ? new HashSet<>() : null;
        for (int i = 0; i < list.size(); i++) {
            Object element = list.get(i);
            if (element == null) {
                // The model's records copy their lists with List.copyOf, which holds no null; another list might.
                fout(ptr + "/" + i, Problems.NULL, shape.element().toegestaan());
                continue;
            }
            if (shape.uniek()) {
                if (choice((Enum<?>) element, ptr, i, (Shape.Choice) shape.element())
                        && seen != null && !seen.add(element)) {
                    fout(pad(ptr, i), Problems.describe(((Enum<?>) element).name()) + Problems.AGAIN, shape.once());
                }
            } else {
                value(element, ptr, i, shape.element());
            }
        }
    }

    private void map(Map<?, ?> map, String ptr, Shape.MapOf shape) {
        if (map.isEmpty()) {
            return;
        }
        for (Enum<?> key : shape.keys()) {
            if (map.containsKey(key)) {
                Object value = map.get(key);
                if (value == null) {
                    fout(ptr + "/" + key.name(), Problems.NULL, shape.value().toegestaan());
                } else {
                    value(value, ptr, key, shape.value());
                }
            }
        }
    }

    private void fout(String pad, String gevonden, String toegestaan) {
        fouten.add(pad, gevonden, toegestaan);
    }
}
