// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A sample of the fuzz suite through the command line: generated hostile aanvragen, each through {@code decide -}
 * (exit 0 with an advies, or exit 2 with printable problems on stderr and nothing on stdout; never another exit, a
 * stack trace or the free text) and all of them as one {@code decide --jsonl} batch (one output line per input line,
 * exit 0). 50 single runs in the normal build, 1,000 with {@code mvn -Pfuzz verify} (system property
 * {@code afweging.fuzz.cli}); the engine's own suite, {@code HostileInputProperties}, runs the many.
 */
class HostileInputCommandTest {
    private static final String VOL = "{\"id\":\"fuzz-cli\",\"peildatum\":\"2026-03-01\",\"gemeente\":\"0840\",\"wet\":\"WMO\","
            + "\"persoon\":{\"leeftijd\":70},\"hulpvraag\":{\"soorten\":[\"HUISHOUDEN\",\"BEGELEIDING\"],\"omschrijving\":\"GEHEIM\"},"
            + "\"zrm\":{\"BASALE_ADL\":2,\"SOCIAAL_NETWERK\":3},\"huisgenoten\":[{\"relatie\":\"PARTNER\",\"leeftijd\":72,\"overbelast\":true}],"
            + "\"netwerk\":{\"beschikbaar\":true},\"veiligheid\":\"GEEN\",\"eerdereTrajecten\":[{\"niveau\":\"SOCIALE_BASIS\","
            + "\"resultaat\":\"AFGEBROKEN\",\"einddatum\":\"2025-06-01\"}]}";
    private static final byte[][] PIECES = {{(byte) 0xff}, {(byte) 0xc3}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
            {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, {0}, {0x1b, '[', '2', 'J'}, {'\r'}, {'"'}, {'\\'}, {'{'}, {']'}, {','},
            "null".getBytes(StandardCharsets.UTF_8), "[null]".getBytes(StandardCharsets.UTF_8),
            "\u202e".getBytes(StandardCharsets.UTF_8), "\\n".getBytes(StandardCharsets.UTF_8), "123456782".getBytes(StandardCharsets.UTF_8),
            "\"veiligheid\":null,".getBytes(StandardCharsets.UTF_8), "\"id\":\"a\",".getBytes(StandardCharsets.UTF_8)};

    /** A valid aanvraag bent by one to four byte edits, or (now and then) left valid. */
    static byte[] hostile(Random random) {
        byte[] b = VOL.getBytes(StandardCharsets.UTF_8);
        int edits = random.nextInt(5);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(b.length + 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            switch (random.nextInt(3)) {
                case 0 -> { out.write(b, 0, at); out.writeBytes(PIECES[random.nextInt(PIECES.length)]); out.write(b, at, b.length - at); }
                case 1 -> { int to = Math.min(b.length, at + 1 + random.nextInt(20)); out.write(b, 0, at); out.write(b, to, b.length - to); }
                default -> out.write(b, 0, at);
            }
            b = out.toByteArray();
        }
        return b;
    }

    @Test
    void everySampleEndsInAnAdviesOrAnInvalidAanvraagThroughDecide() {
        int n = Integer.getInteger("afweging.fuzz.cli", 50);
        Random random = new Random(10);
        int[] exits = new int[6];
        for (int i = 0; i < n; i++) {
            byte[] input = hostile(random);
            CliRun run = CliRun.withInput(new ByteArrayInputStream(input), "decide", "-");
            String what = "sample " + i + ": " + new String(input, StandardCharsets.UTF_8);
            assertThat(run.exit()).as(what).isIn(0, 2);
            exits[run.exit()]++;
            if (run.exit() == 2) {
                assertThat(run.out()).as(what).isEmpty();
                assertThat(run.err()).as(what).startsWith("De aanvraag is ongeldig");
            } else {
                assertThat(run.out()).as(what).contains("\"niveau\"");
            }
            assertThat(run.err()).as(what).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("GEHEIM");
            assertThat(run.out()).as(what).doesNotContain("GEHEIM");
            InputProbesCommandTest.printable(run.err());
        }
        assertThat(exits[2]).as("ongeldige monsters").isGreaterThan(n / 2);
        System.out.println("HostileInputCommandTest: " + n + " monsters door decide -: " + exits[0] + " advies, " + exits[2] + " ongeldig");
    }

    @Test
    void aThousandSamplesAsOneBatchGiveAThousandLines() {
        Random random = new Random(11);
        ByteArrayOutputStream batch = new ByteArrayOutputStream();
        for (int i = 0; i < 1000; i++) {
            byte[] line = hostile(random);
            for (int j = 0; j < line.length; j++) {
                if (line[j] == '\n') {
                    line[j] = ' ';
                }
            }
            batch.writeBytes(line);
            batch.write('\n');
        }
        CliRun run = CliRun.withInput(new ByteArrayInputStream(batch.toByteArray()), "decide", "--jsonl", "-");
        assertThat(run.exit()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(1000);
        for (int i = 0; i < 1000; i++) {
            String errorEnd = ",\"regel\":" + (i + 1) + "}";
            assertThat(lines.get(i)).as("regel " + (i + 1)).matches(l -> l.startsWith("{\"aanvraagId\"") || l.endsWith(errorEnd));
        }
        assertThat(run.out()).doesNotContain("GEHEIM");
    }
}
