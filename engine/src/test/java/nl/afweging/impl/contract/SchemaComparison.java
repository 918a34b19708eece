// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists where a JSON Schema and the declared shape disagree: a field in one and not the other, its type, enum
 * values, minimum and maximum, pattern, format, maxLength, minItems, maxItems, uniqueItems, required flag, and the order of
 * the fields. Words for people ({@code description}, {@code default}, {@code title}) and the schema's own
 * {@code $schema} and {@code $id} are not compared; any other keyword the declaration does not give is a difference.
 */
final class SchemaComparison {
    private static final Set<String> NOT_COMPARED = Set.of("description", "default", "title", "$schema", "$id", "$comment");
    private static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final List<String> differences = new ArrayList<>();

    private SchemaComparison() {}

    static List<String> differences(JsonNode schema, Shape.Obj declared) {
        SchemaComparison comparison = new SchemaComparison();
        comparison.compare(schema, declared, "(aanvraag)");
        return comparison.differences;
    }

    private void compare(JsonNode schema, Shape shape, String where) {
        Map<String, JsonNode> expected = keywords(shape);
        Set<String> names = new LinkedHashSet<>(expected.keySet());
        schema.fieldNames().forEachRemaining(names::add);
        names.removeAll(NOT_COMPARED);
        names.removeAll(Set.of("properties", "items", "required"));
        for (String keyword : names) {
            JsonNode want = expected.get(keyword);
            JsonNode have = schema.get(keyword);
            if (have == null) {
                differences.add(where + ": the declaration gives " + keyword + " " + want + ", the schema does not");
            } else if (want == null) {
                differences.add(where + ": the schema gives " + keyword + " " + have + ", the declaration does not");
            } else if (!want.equals(have)) {
                differences.add(where + ": " + keyword + " is " + have + " in the schema, " + want + " in the declaration");
            }
        }
        if (shape instanceof Shape.Obj object) {
            fields(schema, object, where);
        } else if (shape instanceof Shape.MapOf map) {
            keys(schema, map, where);
        } else if (shape instanceof Shape.ListOf list) {
            JsonNode items = schema.get("items");
            if (items == null) {
                differences.add(where + ": the schema does not say what the list holds (items)");
            } else {
                compare(items, list.element(), where + "[]");
            }
        } else {
            for (String structural : List.of("properties", "items", "required")) {
                if (schema.has(structural)) {
                    differences.add(where + ": the schema gives " + structural + ", the declaration has no object or list here");
                }
            }
        }
    }

    private void fields(JsonNode schema, Shape.Obj object, String where) {
        String prefix = where.equals("(aanvraag)") ? "" : where + ".";
        JsonNode properties = schema.path("properties");
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        List<String> inSchema = new ArrayList<>();
        properties.fieldNames().forEachRemaining(inSchema::add);
        for (Shape.Field field : object.fields()) {
            String path = prefix + field.name();
            if (!properties.has(field.name())) {
                differences.add(path + ": in the declaration (" + object.type().getSimpleName() + "), not in the schema");
                continue;
            }
            compare(properties.get(field.name()), field.shape(), path);
            if (field.verplicht() != required.contains(field.name())) {
                differences.add(path + ": " + (field.verplicht() ? "required in the declaration, optional in the schema"
                        : "optional in the declaration, required in the schema"));
            }
        }
        for (String name : inSchema) {
            if (!object.byName().containsKey(name)) {
                differences.add(prefix + name + ": in the schema, not in the declaration (" + object.type().getSimpleName() + ")");
            }
        }
        for (String name : required) {
            if (!object.byName().containsKey(name) && !inSchema.contains(name)) {
                differences.add(prefix + name + ": required in the schema, but no field of it or of the declaration");
            }
        }
        List<String> declaredOrder = object.fields().stream().map(Shape.Field::name).filter(inSchema::contains).toList();
        List<String> schemaOrder = inSchema.stream().filter(object.byName()::containsKey).toList();
        if (!declaredOrder.equals(schemaOrder)) {
            differences.add(where + ": the fields are in another order: " + schemaOrder + " in the schema, "
                    + declaredOrder + " in the declaration");
        }
    }

    private void keys(JsonNode schema, Shape.MapOf map, String where) {
        JsonNode properties = schema.path("properties");
        for (String key : map.keys().stream().map(Enum::name).toList()) {
            if (!properties.has(key)) {
                differences.add(where + "." + key + ": a key in the declaration, not in the schema");
            } else {
                compare(properties.get(key), map.value(), where + "." + key);
            }
        }
        for (Iterator<String> it = properties.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!map.keyNames().contains(key)) {
                differences.add(where + "." + key + ": a key in the schema, not in the declaration");
            }
        }
        if (schema.has("required")) {
            differences.add(where + ": the schema requires keys, the declaration never does");
        }
    }

    /** The keywords the declaration gives for a shape, besides properties, items and required. */
    private static Map<String, JsonNode> keywords(Shape shape) {
        Map<String, JsonNode> k = new LinkedHashMap<>();
        switch (shape.kind()) {
            case TEXT -> {
                k.put("type", NODES.textNode("string"));
                k.put("pattern", NODES.textNode("^" + ((Shape.Text) shape).pattern().pattern() + "$"));
            }
            case FREE_TEXT -> {
                // The published schema lets free text be null (other optional fields it simply leaves out).
                k.put("type", NODES.arrayNode().add("string").add("null"));
                k.put("maxLength", NODES.numberNode(((Shape.FreeText) shape).max()));
            }
            case DATE -> {
                k.put("type", NODES.textNode("string"));
                k.put("format", NODES.textNode("date"));
                k.put("pattern", NODES.textNode(DATE_PATTERN));
            }
            case WHOLE -> {
                k.put("type", NODES.textNode("integer"));
                k.put("minimum", NODES.numberNode(((Shape.Whole) shape).min()));
                k.put("maximum", NODES.numberNode(((Shape.Whole) shape).max()));
            }
            case BOOL -> k.put("type", NODES.textNode("boolean"));
            case CHOICE -> {
                ArrayNode values = NODES.arrayNode();
                ((Shape.Choice) shape).values().forEach(values::add);
                k.put("enum", values);
            }
            case LIST -> {
                Shape.ListOf list = (Shape.ListOf) shape;
                k.put("type", NODES.textNode("array"));
                if (list.minstens() > 0) {
                    k.put("minItems", NODES.numberNode(list.minstens()));
                }
                if (list.maximaal() < Integer.MAX_VALUE) {
                    k.put("maxItems", NODES.numberNode(list.maximaal()));
                }
                if (list.uniek()) {
                    k.put("uniqueItems", NODES.booleanNode(true));
                }
            }
            case MAP, OBJECT -> {
                k.put("type", NODES.textNode("object"));
                k.put("additionalProperties", NODES.booleanNode(false));
            }
            default -> throw new IllegalStateException(shape.kind().name());
        }
        return k;
    }
}
