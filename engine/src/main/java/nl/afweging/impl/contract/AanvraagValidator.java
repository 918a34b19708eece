// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.contract;

import com.fasterxml.jackson.databind.JsonNode;
import nl.afweging.model.Aanvraag;

/**
 * Checks an aanvraag against the contract and returns every problem at once, each with its JSON pointer, what was
 * found and what is allowed. The contract is the one declared on the model records (see
 * {@code nl.afweging.model}), read once; {@code aanvraag.schema.json} is held to it by a test. Free text is
 * never echoed: for {@code omschrijving} only its length or type is named. At most {@link Fouten#MAX} problems are
 * listed; the rest are counted.
 */
public final class AanvraagValidator {
    private AanvraagValidator() {}

    /** An aanvraag as JSON: unknown fields, wrong types, values outside their set, impossible dates, ... */
    public static Fouten valideer(JsonNode root) {
        return TreeCheck.check(Declaration.AANVRAAG, root);
    }

    /**
     * An aanvraag built in Java, read through its accessors: the same problems as {@link #valideer(JsonNode)}
     * gives for its JSON form, without writing it.
     */
    public static Fouten valideer(Aanvraag aanvraag) {
        return RecordCheck.check(Declaration.AANVRAAG, aanvraag);
    }
}
