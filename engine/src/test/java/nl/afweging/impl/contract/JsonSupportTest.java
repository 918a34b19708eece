// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A parse error of a manifest or fixture file: the first line of Jackson's own message, with line and column. */
class JsonSupportTest {

    @Test
    void aParseErrorIsOneLineWithItsLineAndColumn() {
        IOException e = null;
        try {
            JsonSupport.readTree("{\n  \"a\": tru\n}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException thrown) {
            e = thrown;
        }
        assertThat(e).isNotNull();
        assertThat(JsonSupport.describe(e)).startsWith("Unrecognized token 'tru'").endsWith(" (regel 2, kolom 12)").doesNotContain("\n");
    }

    @Test
    void anotherReadErrorIsItsMessage() {
        assertThat(JsonSupport.describe(new IOException("schijf vol"))).isEqualTo("schijf vol");
        assertThat(JsonSupport.describe(new IOException())).isEqualTo("null");
    }
}
