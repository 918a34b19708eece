// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** One text per value: what a hash in the audit log is computed over, so whoever recomputes it gets the same bytes. */
class CanonicalJsonTest {
    @Test
    void keysAreSortedAtEveryDepthWithoutWhitespace() throws JsonProcessingException {
        JsonNode node = CanonicalJson.READER.readTree("""
                { "b" : [ 1 , { "z" : null , "a" : true } , [] , "x" ] , "a" : { } , "c" : false }""");

        assertThat(CanonicalJson.write(node)).isEqualTo("{\"a\":{},\"b\":[1,{\"a\":true,\"z\":null},[],\"x\"],\"c\":false}");
    }

    @Test
    void aNumberHasOneSpelling() throws JsonProcessingException {
        assertThat(CanonicalJson.write(CanonicalJson.READER.readTree("[55.80,55.8,1E+2,-0.50,12345678901234567890123,7]")))
                .isEqualTo("[55.8,55.8,100,-0.5,12345678901234567890123,7]");
    }

    @Test
    void textIsEscapedAsJacksonEscapesIt() throws JsonProcessingException {
        assertThat(CanonicalJson.write(CanonicalJson.READER.readTree("{\"a\\\"b\":\"r\\u00e9gel\\n\\\"x\\\"\"}")))
                .isEqualTo("{\"a\\\"b\":\"régel\\n\\\"x\\\"\"}");
    }

    @Test
    void nothingIsWrittenAsNull() {
        assertThat(CanonicalJson.write(MissingNode.getInstance())).isEqualTo("null");
    }

    @Test
    void theHashIsTheSha256OfTheCanonicalText() throws Exception {
        JsonNode node = CanonicalJson.READER.readTree("{\"b\":1, \"a\":2.50}");
        byte[] digest = MessageDigest.getInstance("SHA-256").digest("{\"a\":2.5,\"b\":1}".getBytes(StandardCharsets.UTF_8));

        assertThat(CanonicalJson.sha256(node)).isEqualTo("sha256:" + HexFormat.of().formatHex(digest));
    }

    @Test
    void theReaderRefusesARepeatedKeyAndAnythingAfterTheValue() {
        assertThatThrownBy(() -> CanonicalJson.READER.readTree("{\"a\":1,\"a\":2}")).hasMessageContaining("Duplicate field 'a'");
        assertThatThrownBy(() -> CanonicalJson.READER.readTree("{\"a\":1}{\"a\":2}")).isInstanceOf(JsonProcessingException.class);
    }
}
