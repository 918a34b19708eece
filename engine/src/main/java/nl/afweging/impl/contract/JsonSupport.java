package nl.afweging.impl.contract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/** The one Jackson configuration of the contract: ISO dates, strict reading, stable key order. */
public final class JsonSupport {
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();

    private JsonSupport() {}

    /** A parse error as a short Dutch-framed message with line and column, never quoting the input. */
    public static String describe(IOException e) {
        if (e instanceof JsonProcessingException j && j.getLocation() != null) {
            return j.getOriginalMessage().lines().findFirst().orElse("")
                    + " (regel " + j.getLocation().getLineNr() + ", kolom " + j.getLocation().getColumnNr() + ")";
        }
        return String.valueOf(e.getMessage());
    }
}
