// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** A verwijzing or aandachtspunt cell is checked against the very pattern the advies schema gives those codes. */
class CellCheckTest {
    @Test
    void aCodeCellTakesWhatTheAdviesSchemaAllows() throws IOException {
        try (InputStream in = nl.afweging.Engine.class.getResourceAsStream("/nl/afweging/schema/advies.schema.json")) {
            var schema = new ObjectMapper().readTree(in).get("properties");
            for (String list : new String[] {"verwijzingen", "aandachtspunten"}) {
                assertThat(schema.get(list).get("items").get("pattern").asText()).isEqualTo("^" + CellCheck.CODE.pattern() + "$");
            }
        }
    }
}
