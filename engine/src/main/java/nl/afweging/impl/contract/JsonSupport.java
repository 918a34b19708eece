// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.TreeNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.File;
import java.io.IOException;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.EerderTraject;
import nl.afweging.model.Huisgenoot;
import nl.afweging.model.Hulpvraag;
import nl.afweging.model.Netwerk;
import nl.afweging.model.Persoon;
import nl.afweging.model.Regelset;

/** The one Jackson configuration of the contract: ISO dates, strict reading, stable key order. */
public final class JsonSupport {
    private static final ObjectMapper MAPPER = mapper(JsonFactory.builder().build());

    /**
     * Reads one aanvraag: the same configuration, with the reader's limits on nesting and length (see
     * {@link AanvraagInput}); other JSON (manifests, fixtures, audit records) is read by {@link #MAPPER}.
     */
    private static final ObjectMapper AANVRAAG_MAPPER = mapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(AanvraagInput.MAX_DEPTH)
                    .maxDocumentLength(AanvraagInput.MAX_BYTES)
                    .build())
            .build());

    private static ObjectMapper mapper(JsonFactory factory) {
        return JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                // An aanvraag is written without nulls, as the contract reads it (null is no value of an optional field).
                .addMixIn(Aanvraag.class, WithoutNulls.class)
                .addMixIn(Hulpvraag.class, WithoutNulls.class)
                .addMixIn(Persoon.class, WithoutNulls.class)
                .addMixIn(Huisgenoot.class, WithoutNulls.class)
                .addMixIn(Netwerk.class, WithoutNulls.class)
                .addMixIn(EerderTraject.class, WithoutNulls.class)
                // An advies of a version without gemeenteregels has no 'gemeente': the same bytes as before they existed.
                .addMixIn(Regelset.class, WithoutNulls.class)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(JsonParser.Feature.ALLOW_COMMENTS)
                .build();
    }

    // Readers and writers are immutable, so sharing them is safe; the mapper itself never leaves this class.
    private static final ObjectWriter WRITER = MAPPER.writer();
    private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

    private JsonSupport() {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    private interface WithoutNulls {}

    public static JsonNode readTree(String json) throws IOException {
        return MAPPER.readTree(json);
    }

    /** One aanvraag's JSON, within the reader's limits; {@link AanvraagInput} is the way in. */
    static JsonNode readAanvraagTree(String json) throws IOException {
        return AANVRAAG_MAPPER.readTree(json);
    }

    public static JsonNode readTree(byte[] json) throws IOException {
        return MAPPER.readTree(json);
    }

    public static JsonNode readTree(File json) throws IOException {
        return MAPPER.readTree(json);
    }

    public static <T extends JsonNode> T valueToTree(Object value) {
        return MAPPER.valueToTree(value);
    }

    public static <T> T treeToValue(TreeNode tree, Class<T> type) throws JsonProcessingException {
        return MAPPER.treeToValue(tree, type);
    }

    public static ObjectNode createObjectNode() {
        return MAPPER.createObjectNode();
    }

    /** Compact JSON; map keys sorted, so the same value always gives the same bytes. */
    public static String write(Object value) throws JsonProcessingException {
        return WRITER.writeValueAsString(value);
    }

    public static String writePretty(Object value) throws JsonProcessingException {
        return PRETTY.writeValueAsString(value);
    }


    /**
     * A parse error of a rule set's manifest or a fixture file (not of an aanvraag: see {@link AanvraagInput}) as a
     * short message with line and column.
     */
    public static String describe(IOException e) {
        if (e instanceof JsonProcessingException j && j.getLocation() != null) {
            return j.getOriginalMessage().lines().findFirst().orElse("")
                    + " (regel " + j.getLocation().getLineNr() + ", kolom " + j.getLocation().getColumnNr() + ")";
        }
        return String.valueOf(e.getMessage());
    }
}
