// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import nl.afweging.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The probes of issue 10 (points 1 to 3) through {@code decide}: each ends in its documented, clean outcome (exit 2
 * with every problem on stderr and nothing on stdout, or an error line in a batch that goes on), and nothing the
 * citizen wrote, nothing unprintable, reaches stderr.
 */
class InputProbesCommandTest {
    static final String GELDIG = "{\"id\":\"cli-in\",\"peildatum\":\"2026-03-01\",\"wet\":\"WMO\",\"persoon\":{\"leeftijd\":45},"
            + "\"hulpvraag\":{\"soorten\":[\"FINANCIEN\"]},\"zrm\":{\"FINANCIEN\":2}}";

    private static CliRun decide(byte[] stdin, String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "decide";
        System.arraycopy(options, 0, args, 1, options.length);
        args[args.length - 1] = "-";
        return CliRun.withInput(new ByteArrayInputStream(stdin), args);
    }

    private static CliRun decide(String stdin, String... options) {
        return decide(stdin.getBytes(StandardCharsets.UTF_8), options);
    }

    /** Exit 2, nothing on stdout, and a stderr of printable lines. */
    private static void invalid(CliRun run, String... contains) {
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(contains).doesNotContain("Exception").doesNotContain("\tat ");
        printable(run.err());
    }

    static void printable(String text) {
        text.lines().forEach(line -> line.codePoints().forEach(cp -> assertThat(cp == ' ' || (!Character.isISOControl(cp)
                && Character.getType(cp) != Character.FORMAT && Character.getType(cp) != Character.SPACE_SEPARATOR
                && Character.getType(cp) != Character.LINE_SEPARATOR && Character.getType(cp) != Character.PARAGRAPH_SEPARATOR
                && Character.getType(cp) != Character.SURROGATE && Character.getType(cp) != Character.UNASSIGNED))
                .as("U+%04X in %s", cp, line).isTrue()));
    }

    @Test
    void nullInsideAListExitsTwoAndABatchAnswersEveryLine() {
        for (String lijst : List.of("\"hulpvraag\":{\"soorten\":[null]}", "\"huisgenoten\":[null]", "\"eerdereTrajecten\":[null]")) {
            String input = GELDIG.replace("\"hulpvraag\":{\"soorten\":[\"FINANCIEN\"]}",
                    lijst.startsWith("\"hulpvraag\"") ? lijst : "\"hulpvraag\":{\"soorten\":[\"FINANCIEN\"]}," + lijst);
            invalid(decide(input), "/0: gevonden null");
        }
        StringBuilder batch = new StringBuilder();
        for (int i = 1; i <= 2000; i++) {
            batch.append(i == 1000 ? GELDIG.replace("[\"FINANCIEN\"]", "[null]") : GELDIG).append('\n');
        }
        CliRun run = decide(batch.toString(), "--jsonl");
        assertThat(run.exit()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2000);
        assertThat(lines.get(999)).startsWith("{\"fouten\":[{\"gevonden\":\"null\",\"pad\":\"/hulpvraag/soorten/0\"").endsWith("\"regel\":1000}");
        assertThat(lines.get(1000)).startsWith("{\"aanvraagId\":\"cli-in\"");
    }

    @Test
    void nullForVeiligheidIsNeverGeen() {
        invalid(decide(GELDIG.replace("}}", "},\"veiligheid\":null}")), "/veiligheid: gevonden null; toegestaan: een van GEEN, ZORGEN");
    }

    @Test
    void invalidUtf8IsRefusedWithItsOffsetFromStdinFromAFileAndInABatch(@TempDir Path dir) throws Exception {
        byte[] bad = GELDIG.replace("cli-in", "cli\u00ffin").getBytes(StandardCharsets.ISO_8859_1);
        int at = GELDIG.indexOf("cli-in") + 3;
        invalid(decide(bad), "0xff op byte-offset " + at);
        Path file = Files.write(dir.resolve("aanvraag.json"), bad);
        CliRun fromFile = CliRun.of("decide", file.toString());
        invalid(fromFile, "0xff op byte-offset " + at);
        assertThat(fromFile.err()).isEqualTo(decide(bad).err());

        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        lines.writeBytes((GELDIG + "\n").getBytes(StandardCharsets.UTF_8));
        lines.writeBytes(bad);
        lines.writeBytes(("\n" + GELDIG + "\n").getBytes(StandardCharsets.UTF_8));
        CliRun batch = decide(lines.toByteArray(), "--jsonl");
        assertThat(batch.exit()).isZero();
        assertThat(batch.out().lines().toList()).hasSize(3).element(1).asString()
                .contains("0xff op byte-offset " + at).endsWith("\"regel\":2}");
    }

    @Test
    void aByteOrderMarkIsRefusedFromAFileAndStdin(@TempDir Path dir) throws Exception {
        byte[] bom = ("\uFEFF" + GELDIG).getBytes(StandardCharsets.UTF_8);
        invalid(decide(bom), "byte-order-mark");
        invalid(CliRun.of("decide", Files.write(dir.resolve("bom.json"), bom).toString()), "byte-order-mark");
    }

    @Test
    void fiftyMegabytesOnStdinAreRefusedAfterReadingSixtyFourKibibytes() {
        Counting fifty = new Counting(50L << 20);
        CliRun run = CliRun.withInput(fifty, "decide", "-");
        invalid(run, "meer dan 65536 bytes");
        assertThat(fifty.read).isLessThanOrEqualTo(65_537);

        // Two million unknown keys: refused by size, with one short message.
        InputStream keys = new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream("{".getBytes(StandardCharsets.UTF_8)), new Keys(2_000_000))));
        CliRun many = CliRun.withInput(keys, "decide", "-");
        invalid(many, "meer dan 65536 bytes");
        assertThat(many.err().length()).isLessThan(300);
    }

    @Test
    void aFiftyMegabyteLineLosesNoOtherLineOfTheBatch() {
        InputStream input = new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream((GELDIG + "\n").repeat(100).getBytes(StandardCharsets.UTF_8)),
                new Counting(50L << 20),
                new ByteArrayInputStream(("\n" + GELDIG).repeat(100).getBytes(StandardCharsets.UTF_8)))));
        CliRun run = CliRun.withInput(input, "decide", "--jsonl", "-");
        assertThat(run.exit()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(201);
        assertThat(lines.get(100)).contains("meer dan 65536 bytes").endsWith("\"regel\":101}");
        assertThat(lines.stream().filter(l -> l.startsWith("{\"aanvraagId\""))).hasSize(200);
    }

    @Test
    void threadsBeyondFourPerCoreAreRefusedBeforeAnythingIsRead() {
        for (String threads : List.of("100000", "0", Integer.toString(Engine.maxThreads() + 1))) {
            CliRun run = decide(GELDIG, "--jsonl", "--threads", threads);
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains("--threads moet van 1 tot en met " + Engine.maxThreads());
        }
        assertThat(decide(GELDIG, "--jsonl", "--threads", Integer.toString(Engine.maxThreads())).exit()).isZero();
    }

    @Test
    void controlCharactersAnsiNulNewlineAndBidiInTheIdAreEscapedOnStderr() {
        for (String id : List.of("\\u001b[31mROOD\\u001b[0m", "a\\u0000b", "x\\nDe aanvraag is geldig", "abc\\u202edcba", "\\u2066x\\u2069")) {
            CliRun run = decide(GELDIG.replace("cli-in", id));
            invalid(run, "/id: gevonden \"");
            assertThat(run.err().lines()).hasSize(2);
            assertThat(run.err()).doesNotContain("\u001b").doesNotContain("\u0000").doesNotContain("\u202e");
        }
        CliRun forged = decide(GELDIG.replace("cli-in", "x\\nDe aanvraag is geldig"));
        assertThat(forged.err()).contains("\"x\\u000aDe aanvraag is geldig\"");
    }

    @Test
    void omschrijvingAndUnknownNamesAreNotEchoed() {
        invalid(decide(GELDIG.replace("[\"FINANCIEN\"]}", "[\"FINANCIEN\"],\"omschrijving\":123456782}")),
                "/hulpvraag/omschrijving: gevonden een getal");
        assertThat(decide(GELDIG.replace("[\"FINANCIEN\"]}", "[\"FINANCIEN\"],\"omschrijving\":123456782}")).err()).doesNotContain("123456782");
        CliRun zrm = decide(GELDIG.replace("{\"FINANCIEN\":2}", "{\"FINANCIEN\":2,\"mijn zoon is opgepakt door de politie gisteren\":1}"));
        invalid(zrm, "/zrm: gevonden onbekend leefgebied met een naam die niet getoond wordt");
        assertThat(zrm.err()).doesNotContain("zoon");
    }

    @Test
    void anIdThatLooksLikeABsnIsRefusedAndNotWritten(@TempDir Path dir) throws Exception {
        Path audit = dir.resolve("audit.jsonl");
        CliRun run = decide(GELDIG.replace("cli-in", "123456782"), "--audit", audit.toString());
        invalid(run, "/id: gevonden 9 cijfers die de elfproef halen (lijkt op een BSN; gebruik een pseudoniem)");
        assertThat(run.err()).doesNotContain("123456782");
        assertThat(!Files.exists(audit) || Files.readString(audit).isEmpty()).isTrue();
    }

    @Test
    void blankLinesInABatchGiveAnErrorLineSoLineNAnswersLineN() {
        CliRun run = decide("\n" + GELDIG + "\n\n" + GELDIG + "\r\n  \n", "--jsonl");
        assertThat(run.exit()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(5);
        for (int n : new int[] {1, 3, 5}) {
            assertThat(lines.get(n - 1)).contains("\"gevonden\":\"een lege regel\"").endsWith("\"regel\":" + n + "}");
        }
        assertThat(lines.get(1)).startsWith("{\"aanvraagId\":\"cli-in\"");
        assertThat(lines.get(3)).startsWith("{\"aanvraagId\":\"cli-in\"");
    }

    /** {@code size} bytes of 'a', made as they are read. */
    static final class Counting extends InputStream {
        private final long size;
        long read;

        Counting(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return read < size ? (++read > 0 ? 'a' : 'a') : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            java.util.Arrays.fill(b, off, off + n, (byte) 'a');
            read += n;
            return n;
        }
    }

    /** {@code "k0":0,"k1":0,...} for {@code n} keys, made as they are read. */
    static final class Keys extends InputStream {
        private final int n;
        private int next;
        private byte[] chunk = new byte[0];
        private int at;

        Keys(int n) {
            this.n = n;
        }

        @Override
        public int read() {
            if (at == chunk.length) {
                if (next == n) {
                    return -1;
                }
                chunk = ("\"k" + next++ + "\":0" + (next == n ? "}" : ",")).getBytes(StandardCharsets.UTF_8);
                at = 0;
            }
            return chunk[at++];
        }
    }
}
