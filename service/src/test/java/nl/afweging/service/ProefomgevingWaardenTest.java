// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.afweging.Engine;
import org.junit.jupiter.api.Test;

/**
 * The proefomgeving writes the contract's values into its page (a choice per field, with a Dutch label): each list
 * must hold exactly the values the aanvraag's schema allows, so a value added to the contract cannot be missing from
 * the page, nor a page offer one the service refuses.
 */
class ProefomgevingWaardenTest {
    private static final Pattern SELECT = Pattern.compile("<select[^>]*data-(?:pad|veld)=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option value=\"([^\"]*)\"");
    private static final Pattern JS_LIST = Pattern.compile("const (\\w+) = \\[(.*?)\\];", Pattern.DOTALL);
    private static final Pattern JS_VALUE = Pattern.compile("\\['([A-Z_]+)',");

    /** Where each of the page's lists is in the aanvraag's schema. */
    private static final Map<String, String> SCHEMA = Map.of(
            "/wet", "/properties/wet/enum",
            "/hulpvraag/duur", "/properties/hulpvraag/properties/duur/enum",
            "/veiligheid", "/properties/veiligheid/enum",
            "/wlz", "/properties/wlz/enum",
            "/verwijzer", "/properties/verwijzer/enum",
            "relatie", "/properties/huisgenoten/items/properties/relatie/enum",
            "niveau", "/properties/eerdereTrajecten/items/properties/niveau/enum",
            "resultaat", "/properties/eerdereTrajecten/items/properties/resultaat/enum",
            "SOORTEN", "/properties/hulpvraag/properties/soorten/items/enum");

    @Test
    void everyListOnThePageHoldsExactlyTheValuesTheContractAllows() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Engine.class.getModule().getResourceAsStream("nl/afweging/schema/aanvraag.schema.json"));
        Map<String, List<String>> page = lists();

        assertThat(page.keySet()).containsAll(SCHEMA.keySet()).contains("LEEFGEBIEDEN");
        SCHEMA.forEach((list, pointer) -> assertThat(page.get(list)).as(list).containsExactlyInAnyOrderElementsOf(values(schema.at(pointer))));
        List<String> leefgebieden = new ArrayList<>();
        schema.at("/properties/zrm/properties").fieldNames().forEachRemaining(leefgebieden::add);
        assertThat(page.get("LEEFGEBIEDEN")).containsExactlyInAnyOrderElementsOf(leefgebieden);
    }

    /** Every select of the page by its data-pad or data-veld, and the JavaScript lists of [value, label], by name. */
    private static Map<String, List<String>> lists() throws IOException {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        Matcher select = SELECT.matcher(resource("index.html"));
        while (select.find()) {
            lists.put(select.group(1), all(OPTION, select.group(2)).stream().filter(v -> !v.isEmpty()).toList());
        }
        Matcher list = JS_LIST.matcher(resource("proef.js"));
        while (list.find()) {
            lists.put(list.group(1), all(JS_VALUE, list.group(2)));
        }
        return lists;
    }

    private static List<String> values(JsonNode enumeration) {
        List<String> values = new ArrayList<>();
        enumeration.forEach(v -> {
            if (!v.isNull()) {
                values.add(v.asText());
            }
        });
        assertThat(values).isNotEmpty();
        return values;
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Proefomgeving.class.getResourceAsStream("proefomgeving/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
