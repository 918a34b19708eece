// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A population for the simulate tests, the same for a seed: the fixtures' aanvragen with a peildatum in 2026, drawn at
 * random, each with its own id and a wijk of gemeente 1728 or 0840 (or none).
 */
final class ProefAanvragen {
    private static final String[] WIJKEN = {"WK172801", "WK172802", "WK084001", "WK084002"};

    private ProefAanvragen() {}

    static List<String> regels(int aantal, long zaad) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<ObjectNode> aanvragen = new ArrayList<>();
        try (Stream<Path> files = Files.list(CliRun.root().resolve("fixtures"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                ObjectNode aanvraag = (ObjectNode) mapper.readTree(f.toFile()).get("aanvraag");
                if (aanvraag.get("peildatum").asText().startsWith("2026")) {
                    aanvragen.add(aanvraag);
                }
            }
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

    static Path bestand(Path map, int aantal, long zaad) throws IOException {
        Path file = map.resolve("aanvragen-" + aantal + ".jsonl");
        Files.writeString(file, String.join("\n", regels(aantal, zaad)) + "\n");
        return file;
    }
}
