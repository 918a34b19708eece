// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import nl.afweging.impl.contract.AanvraagInput;
import nl.afweging.impl.contract.AanvraagValidator;
import nl.afweging.impl.contract.Fouten;
import nl.afweging.impl.contract.JsonSupport;
import nl.afweging.model.Aanvraag;

/**
 * Reading and writing the contract's JSON: a validated {@link Aanvraag} in, an advies (or any value) out. Every way
 * in reads by the same rules: at most 64 KiB of strict UTF-8 without a byte order mark, JSON nested at most 16 deep,
 * every key once, {@code null} only where the schema allows it (see README, "The contract").
 */
public final class Json {
    /** The most bytes of UTF-8 one aanvraag may take: 65,536. */
    public static final int MAX_BYTES = AanvraagInput.MAX_BYTES;

    private Json() {}

    /**
     * Reads and validates an aanvraag. Throws {@link InvalidAanvraagException} with every problem at once
     * (unknown fields, wrong types, values outside their set, impossible dates, malformed JSON, too long).
     *
     * @param json one aanvraag as JSON
     * @return the aanvraag
     */
    public static Aanvraag readAanvraag(String json) {
        try {
            return fromTree(AanvraagInput.parse(json));
        } catch (AanvraagInput.Refused e) {
            throw refusal(e.fouten());
        }
    }

    /**
     * Reads one aanvraag from a stream (a file, stdin) and validates it. At most {@link #MAX_BYTES} + 1 bytes are
     * read: a longer input is refused without reading the rest. Bytes that are not UTF-8 are refused with the offset
     * of the first one, never replaced. Throws {@link InvalidAanvraagException} as {@link #readAanvraag(String)}
     * does; an {@link IOException} only when the stream itself cannot be read. The stream is not closed.
     *
     * @param in the input; not closed
     * @return the aanvraag
     * @throws IOException when the stream cannot be read
     */
    public static Aanvraag readAanvraag(InputStream in) throws IOException {
        try {
            return fromTree(AanvraagInput.read(in));
        } catch (AanvraagInput.Refused e) {
            throw refusal(e.fouten());
        }
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
    static void refuseIfAny(Fouten fouten) {
        if (!fouten.isEmpty()) {
            throw refusal(fouten);
        }
    }

    static InvalidAanvraagException refusal(Fouten fouten) {
        return new InvalidAanvraagException(fouten.lijst(), fouten.meer());
    }

    /**
     * Compact JSON, one line; the same value always gives the same bytes.
     *
     * @param value a record of the contract, or any value Jackson writes
     * @return the JSON
     */
    public static String write(Object value) {
        try {
            return JsonSupport.write(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Indented JSON for people.
     *
     * @param value a record of the contract, or any value Jackson writes
     * @return the JSON, indented
     */
    public static String writePretty(Object value) {
        try {
            return JsonSupport.writePretty(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
