// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.afweging.model.Regel;
import org.junit.jupiter.api.Test;

/**
 * docs/afwegingskader.md describes the policy in plain words, by rule id. Its tables and the rule files must name the
 * same rules: a rule added, removed or renumbered in the rules and not on the page (or the other way round) fails here.
 */
class AfwegingskaderPageTest {
    /** A table row that starts with a rule id: {@code | L0 | ...}. */
    private static final Pattern ROW = Pattern.compile("^\\| ([A-Z][0-9]+) \\|", Pattern.MULTILINE);
    /** A rule's own id, as the kader numbers them; parameter rows, catalogue rows and the ladder's row names are no rules of the kader. */
    private static final Pattern KADER_ID = Pattern.compile("[A-Z][0-9]+");

    @Test
    void everyRuleOfEveryVersionIsOnThePageAndEveryIdOnThePageIsARule() throws IOException {
        Set<String> page = new TreeSet<>();
        Matcher m = ROW.matcher(Files.readString(TestEngines.root().resolve("docs/afwegingskader.md")));
        while (m.find()) {
            assertThat(page.add(m.group(1))).as("%s staat twee keer in een tabel", m.group(1)).isTrue();
        }
        for (String versie : new String[] {"2026.1", "2027.1"}) {
            Engine engine = Engine.builder().versie(versie).build();
            Set<String> rules = engine.regels().stream().map(Regel::id).filter(id -> KADER_ID.matcher(id).matches())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(rules).as("versie %s", versie).hasSizeGreaterThan(20);
            assertThat(page).as("de regels van versie %s tegenover de tabellen van docs/afwegingskader.md", versie).isEqualTo(rules);
        }
    }
}
