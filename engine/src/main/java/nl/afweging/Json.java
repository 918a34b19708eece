package nl.afweging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import nl.afweging.impl.contract.AanvraagValidator;
import nl.afweging.impl.contract.JsonSupport;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Fout;

/** Reading and writing the contract's JSON: a validated {@link Aanvraag} in, an advies (or any value) out. */
public final class Json {
    private Json() {}

    /**
     * Reads and validates an aanvraag. Throws {@link InvalidAanvraagException} with every problem at once
     * (unknown fields, wrong types, values outside their set, impossible dates, malformed JSON).
     */
    public static Aanvraag readAanvraag(String json) {
        JsonNode tree;
        try {
            tree = JsonSupport.readTree(json);
        } catch (IOException e) {
            throw new InvalidAanvraagException(List.of(new Fout("", "geen geldige JSON: " + JsonSupport.describe(e),
                    "één JSON-object volgens aanvraag.schema.json")));
        }
        if (tree == null || tree.isMissingNode()) {
            throw new InvalidAanvraagException(List.of(new Fout("", "geen invoer", "één JSON-object volgens aanvraag.schema.json")));
        }
        return fromTree(tree);
    }

    static Aanvraag fromTree(JsonNode tree) {
        refuseIfAny(AanvraagValidator.valideer(tree));
        try {
            return JsonSupport.treeToValue(tree, Aanvraag.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Gevalideerde aanvraag past niet op het model", e);
        }
    }

    /** Throws {@link InvalidAanvraagException} with every problem, when there is one: the tree's or the record's. */
    static void refuseIfAny(List<Fout> fouten) {
        if (!fouten.isEmpty()) {
            throw new InvalidAanvraagException(fouten);
        }
    }

    /** Compact JSON, one line; the same value always gives the same bytes. */
    public static String write(Object value) {
        try {
            return JsonSupport.write(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Indented JSON for people. */
    public static String writePretty(Object value) {
        try {
            return JsonSupport.writePretty(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
