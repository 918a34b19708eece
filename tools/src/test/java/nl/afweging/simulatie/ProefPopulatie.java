// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.simulatie;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.afweging.testkit.TestRules;

/**
 * A population for simulation tests, the same for a seed: the fixtures' aanvragen (those with a peildatum in 2026),
 * drawn at random, each with its own id, a wijk of gemeente 1728 or 0840 (and that gemeente), or none. The fixtures
 * cover every niveau, both wetten and gemeente 1728's own rule.
 */
final class ProefPopulatie {
    private static final String[] WIJKEN = {"WK172801", "WK172802", "WK084001", "WK084002"};

    private ProefPopulatie() {}

    static List<String> regels(int aantal, long zaad) {
        ObjectMapper mapper = new ObjectMapper();
        List<ObjectNode> aanvragen = new ArrayList<>();
        try {
            for (Path f : TestRules.fixtureFiles()) {
                ObjectNode aanvraag = (ObjectNode) mapper.readTree(f.toFile()).get("aanvraag");
                if (aanvraag.get("peildatum").asText().startsWith("2026")) {
                    aanvragen.add(aanvraag);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Random random = new Random(zaad);
        List<String> regels = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            ObjectNode a = aanvragen.get(random.nextInt(aanvragen.size())).deepCopy();
            a.put("id", String.format("SIM-%05d", i));
            int w = random.nextInt(WIJKEN.length + 1);
            a.remove("gemeente");
            a.remove("wijk");
            if (w < WIJKEN.length) {
                a.put("gemeente", WIJKEN[w].substring(2, 6));
                a.put("wijk", WIJKEN[w]);
            }
            regels.add(a.toString());
        }
        return regels;
    }
}
