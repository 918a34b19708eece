// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Checks a JSON tree against the declared shape and lists every problem, in the order of the declaration: per
 * object first its unknown fields, then its missing required ones, then each field's value. A missing required
 * field, or one that is {@code null}, is missing. {@code null} is a value like any other otherwise, and refused
 * wherever the published schema does not allow it: for an optional field (it never quietly becomes the default),
 * in a list, as a map value. Only free text may be {@code null}, as the schema says. Problems are cut at
 * {@link Fouten#MAX}, counting the rest.
 */
final class TreeCheck {
    private final Fouten.Collector fouten = new Fouten.Collector();
    private final LocalDate[] dates;

    private TreeCheck(Declaration declaration) {
        this.dates = new LocalDate[declaration.dateSlots()];
    }

    static Fouten check(Declaration declaration, JsonNode root) {
        TreeCheck check = new TreeCheck(declaration);
        if (!root.isObject()) {
            check.fout("", Problems.describe(root), declaration.rootAllowed());
        } else {
            check.object(root, "", declaration.root());
        }
        return check.fouten.done();
    }

    private void object(JsonNode node, String ptr, Shape.Obj shape) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!shape.byName().containsKey(name)) {
                unknown(ptr, name, Problems.UNKNOWN_FIELD, shape.knownFields());
            }
        }
        for (Shape.Field field : shape.required()) {
            if (absent(node.get(field.name()))) {
                fout(ptr + field.step(), Problems.MISSING, field.verplichtText());
            }
        }
        for (Shape.Field field : shape.fields()) {
            JsonNode value = node.get(field.name());
            if (value != null && !(field.verplicht() && value.isNull())) {
                value(value, ptr + field.step(), field.shape());
            }
        }
    }

    /** An unknown field or key: named in the pointer when it is short and printable, else only said to be there. */
    private void unknown(String ptr, String name, String gevonden, String toegestaan) {
        if (Problems.showable(name)) {
            fout(ptr + "/" + Problems.pointerStep(name), gevonden, toegestaan);
        } else {
            fout(ptr, gevonden + Problems.UNSHOWN_NAME, toegestaan);
        }
    }

    /** Checks a value that is there, {@code null} included. */
    private void value(JsonNode node, String ptr, Shape shape) {
        switch (shape.kind()) {
            case TEXT -> {
                Shape.Text text = (Shape.Text) shape;
                if (!node.isTextual() || !text.pattern().matcher(node.asText()).matches()) {
                    fout(ptr, Problems.describe(node), text.toegestaan());
                } else if (text.geenBsn() && Bsn.passesElfproef(node.asText())) {
                    fout(ptr, Bsn.found(node.asText()), text.toegestaan());
                }
            }
            case FREE_TEXT -> {
                Shape.FreeText text = (Shape.FreeText) shape;
                if (node.isNull()) {
                    return; // the schema allows null for free text: no text
                }
                if (!node.isTextual()) {
                    fout(ptr, Problems.type(node), text.toegestaan());
                } else if (Problems.codePoints(node.asText()) > text.max()) {
                    fout(ptr, Problems.length(node.asText()), text.tooLong());
                }
            }
            case DATE -> date(node, ptr, (Shape.Date) shape);
            case WHOLE -> {
                Shape.Whole whole = (Shape.Whole) shape;
                if (!(node.isIntegralNumber() && node.canConvertToInt()
                        && node.asInt() >= whole.min() && node.asInt() <= whole.max())) {
                    fout(ptr, Problems.describe(node), whole.toegestaan());
                }
            }
            case BOOL -> {
                if (!node.isBoolean()) {
                    fout(ptr, Problems.describe(node), shape.toegestaan());
                }
            }
            case CHOICE -> choice(node, ptr, (Shape.Choice) shape);
            case LIST -> list(node, ptr, (Shape.ListOf) shape);
            case MAP -> map(node, ptr, (Shape.MapOf) shape);
            case OBJECT -> {
                if (!node.isObject()) {
                    fout(ptr, Problems.describe(node), shape.toegestaan());
                } else {
                    object(node, ptr, (Shape.Obj) shape);
                }
            }
            default -> throw new IllegalStateException(shape.kind().name());
        }
    }

    private void date(JsonNode node, String ptr, Shape.Date shape) {
        if (!node.isTextual()) {
            fout(ptr, Problems.describe(node), Shape.DATE_ALLOWED);
            return;
        }
        String text = node.asText();
        int form = Dates.form(text);
        if (form == Dates.NO_DATE) {
            fout(ptr, Problems.describe(node), Shape.DATE_ALLOWED);
        } else if (form == Dates.NO_SUCH_DAY) {
            fout(ptr, Problems.describe(node) + Problems.NO_SUCH_DAY, Problems.EXISTING_DATE);
        } else {
            remember(Dates.parse(text), ptr, shape);
        }
    }

    /** Keeps a valid date for a later {@code @NietNa} and holds it to its own. */
    private void remember(LocalDate date, String ptr, Shape.Date shape) {
        if (shape.slot() >= 0) {
            dates[shape.slot()] = date;
        }
        if (shape.notAfterSlot() >= 0) {
            LocalDate limit = dates[shape.notAfterSlot()];
            if (limit != null && date.isAfter(limit)) {
                fout(ptr, Problems.after(date, shape.notAfterName(), limit), shape.notAfterAllowed());
            }
        }
    }

    private boolean choice(JsonNode node, String ptr, Shape.Choice shape) {
        if (!node.isTextual() || !shape.names().contains(node.asText())) {
            fout(ptr, Problems.describe(node), shape.toegestaan());
            return false;
        }
        return true;
    }

    private void list(JsonNode node, String ptr, Shape.ListOf shape) {
        if (!node.isArray()) {
            fout(ptr, Problems.describe(node), shape.notAList());
            return;
        }
        if (node.size() < shape.minstens()) {
            fout(ptr, Problems.EMPTY_LIST, shape.tooShort());
            return;
        }
        if (node.size() > shape.maximaal()) {
            fout(ptr, Problems.listOf(node.size()), shape.tooLong());
            return;
        }
        Set<String> seen = shape.uniek() ? new HashSet<>() : null;
        for (int i = 0; i < node.size(); i++) {
            JsonNode element = node.get(i);
            String at = ptr + "/" + i;
            if (seen != null) {
                if (choice(element, at, (Shape.Choice) shape.element()) && !seen.add(element.asText())) {
                    fout(at, Problems.describe(element) + Problems.AGAIN, shape.once());
                }
            } else {
                value(element, at, shape.element());
            }
        }
    }

    private void map(JsonNode node, String ptr, Shape.MapOf shape) {
        if (!node.isObject()) {
            fout(ptr, Problems.describe(node), shape.toegestaan());
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!shape.keyNames().contains(e.getKey())) {
                unknown(ptr, e.getKey(), shape.unknownKey(), shape.keysAllowed());
            } else {
                value(e.getValue(), ptr + "/" + e.getKey(), shape.value());
            }
        }
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull();
    }

    private void fout(String pad, String gevonden, String toegestaan) {
        fouten.add(pad, gevonden, toegestaan);
    }
}
