// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Fout;
import nl.afweging.model.HulpvraagSoort;
import nl.afweging.model.Wet;
import org.junit.jupiter.api.Test;

/**
 * The input rules of the contract, the same on every way in (a String, a stream such as a file or stdin, a line of a
 * batch): every probe of issue 10, points 1 to 3, tries to get past them here and ends as an ordinary invalid aanvraag.
 */
class InputRulesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final String GELDIG = "{\"id\":\"in-1\",\"peildatum\":\"2026-03-01\",\"wet\":\"WMO\",\"persoon\":{\"leeftijd\":45},"
            + "\"hulpvraag\":{\"soorten\":[\"FINANCIEN\"]},\"zrm\":{\"FINANCIEN\":2}}";

    private final Engine engine = TestEngines.standaard();

    /** An aanvraag with {@code field} set to raw JSON {@code value} (replacing or adding it). */
    static String with(String field, String value) {
        try {
            var tree = (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.readTree(GELDIG);
            tree.set(field, MAPPER.readTree(value));
            return MAPPER.writeValueAsString(tree);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The problems of an input that must be refused, the same by String, by stream and as a line of a batch. */
    private List<Fout> refusedEverywhere(byte[] input) {
        InvalidAanvraagException byStream = refused(() -> Json.readAanvraag(new ByteArrayInputStream(input)));
        List<BatchLine> batch = batch(input);
        assertThat(batch).singleElement().satisfies(line -> {
            assertThat(line.isAdvies()).isFalse();
            assertThat(line.fouten()).isEqualTo(byStream.fouten());
            assertThat(line.meer()).isEqualTo(byStream.meer());
        });
        return byStream.fouten();
    }

    private List<Fout> refusedEverywhere(String input) {
        InvalidAanvraagException byString = refused(() -> engine.evaluate(input));
        assertThat(refusedEverywhere(input.getBytes(StandardCharsets.UTF_8))).isEqualTo(byString.fouten());
        List<BatchLine> byReader = new ArrayList<>();
        if (!input.contains("\n")) {
            engine.evaluateLines(new StringReader(input), 1, byReader::add);
            assertThat(byReader).singleElement().satisfies(l -> assertThat(l.fouten()).isEqualTo(byString.fouten()));
        }
        return byString.fouten();
    }

    private static InvalidAanvraagException refused(ThrowingRead read) {
        try {
            read.run();
        } catch (InvalidAanvraagException e) {
            return e;
        } catch (RuntimeException | IOException e) {
            throw new AssertionError("geen InvalidAanvraagException maar " + e, e);
        }
        throw new AssertionError("niet geweigerd");
    }

    @FunctionalInterface
    private interface ThrowingRead {
        void run() throws IOException;
    }

    private List<BatchLine> batch(byte[] input) {
        List<BatchLine> out = new ArrayList<>();
        engine.evaluateLines(new ByteArrayInputStream(input), 2, out::add);
        return out;
    }

    // ---- 1. null ----

    @Test
    void nullInsideAListIsRefusedWithItsPointerNotACrash() {
        for (String[] c : new String[][] {
                {"hulpvraag", "{\"soorten\":[null]}", "/hulpvraag/soorten/0"},
                {"hulpvraag", "{\"soorten\":[\"FINANCIEN\",null]}", "/hulpvraag/soorten/1"},
                {"huisgenoten", "[null]", "/huisgenoten/0"},
                {"eerdereTrajecten", "[null]", "/eerdereTrajecten/0"}}) {
            assertThat(refusedEverywhere(with(c[0], c[1]))).as(c[1]).singleElement()
                    .satisfies(f -> {
                        assertThat(f.pad()).isEqualTo(c[2]);
                        assertThat(f.gevonden()).isEqualTo("null");
                    });
        }
    }

    @Test
    void nullForAnOptionalFieldIsRefusedNeverQuietlyTheDefault() {
        for (String field : List.of("veiligheid", "wlz", "verwijzer", "hulpGeaccepteerd", "zvwAanspraak", "netwerk",
                "huisgenoten", "eerdereTrajecten", "zrm", "gemeente", "wijk")) {
            assertThat(refusedEverywhere(with(field, "null"))).as(field).singleElement()
                    .satisfies(f -> assertThat(f.pad()).isEqualTo("/" + field));
        }
        assertThat(refusedEverywhere(with("netwerk", "{\"beschikbaar\":null}"))).extracting(Fout::pad).containsExactly("/netwerk/beschikbaar");
        assertThat(refusedEverywhere(with("huisgenoten", "[{\"relatie\":\"PARTNER\",\"leeftijd\":40,\"overbelast\":null}]")))
                .extracting(Fout::pad).containsExactly("/huisgenoten/0/overbelast");
        assertThat(refusedEverywhere(with("hulpvraag", "{\"soorten\":[\"FINANCIEN\"],\"duur\":null}")))
                .extracting(Fout::pad).containsExactly("/hulpvraag/duur");
        // The schema allows null for free text only, and a required field that is null is missing.
        assertThat(engine.evaluate(with("hulpvraag", "{\"soorten\":[\"FINANCIEN\"],\"omschrijving\":null}")).niveau()).isNotNull();
        assertThat(refusedEverywhere(with("wet", "null"))).singleElement()
                .satisfies(f -> assertThat(f.gevonden()).isEqualTo("niets (verplicht veld ontbreekt)"));
    }

    // ---- 1. UTF-8, BOM, lines, duplicates ----

    @Test
    void bytesThatAreNoUtf8AreRefusedWithTheOffsetOfTheFirstNeverReplaced() {
        byte[] valid = GELDIG.getBytes(StandardCharsets.UTF_8);
        int at = GELDIG.indexOf("in-1") + 2;
        for (byte[] bad : new byte[][] {{(byte) 0xff}, {(byte) 0xc3}, {(byte) 0xc0, (byte) 0xaf}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0x80}}) {
            byte[] input = new byte[valid.length + bad.length];
            System.arraycopy(valid, 0, input, 0, at);
            System.arraycopy(bad, 0, input, at, bad.length);
            System.arraycopy(valid, at, input, at + bad.length, valid.length - at);
            assertThat(refusedEverywhere(input)).singleElement().satisfies(f -> {
                assertThat(f.pad()).isEmpty();
                assertThat(f.gevonden()).contains(String.format("0x%02x", bad[0] & 0xff)).contains("byte-offset " + at);
                assertThat(f.toegestaan()).isEqualTo("tekst in UTF-8");
            });
        }
        // A sequence cut off at the very end.
        byte[] cut = (GELDIG + "\u00e9").getBytes(StandardCharsets.UTF_8);
        assertThat(refusedEverywhere(java.util.Arrays.copyOf(cut, cut.length - 1))).singleElement()
                .satisfies(f -> assertThat(f.gevonden()).contains("byte-offset " + (cut.length - 2)));
    }

    @Test
    void aByteOrderMarkIsRefusedEverywhere() {
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        byte[] input = concat(bom, GELDIG.getBytes(StandardCharsets.UTF_8));
        assertThat(refusedEverywhere(input)).singleElement()
                .satisfies(f -> assertThat(f.gevonden()).contains("byte-order-mark"));
        assertThat(refusedEverywhere("\uFEFF" + GELDIG)).singleElement()
                .satisfies(f -> assertThat(f.gevonden()).contains("byte-order-mark"));
        // On the third line of a batch too; the other lines are advised.
        List<BatchLine> lines = batch(concat((GELDIG + "\n" + GELDIG + "\n").getBytes(StandardCharsets.UTF_8), input));
        assertThat(lines).extracting(BatchLine::isAdvies).containsExactly(true, true, false);
    }

    @Test
    void batchLinesEndAtNewlineOnlyAndEveryInputLineGetsAnOutputLine() {
        String crlf = GELDIG + "\r\n" + GELDIG + "\r\n";
        String bareCr = GELDIG + "\r" + GELDIG + "\n" + GELDIG;
        String blanks = "\n" + GELDIG + "\n   \n\t\r\n" + GELDIG + "\n\n";
        assertThat(both(crlf)).extracting(BatchLine::isAdvies).containsExactly(true, true);
        List<BatchLine> cr = both(bareCr);
        assertThat(cr).extracting(BatchLine::regelnummer).containsExactly(1L, 2L);
        assertThat(cr.get(0).isAdvies()).isFalse();
        assertThat(cr.get(0).fouten()).singleElement().satisfies(f -> assertThat(f.gevonden()).contains("na het eerste JSON-object staat nog iets"));
        assertThat(cr.get(1).isAdvies()).isTrue();
        List<BatchLine> b = both(blanks);
        assertThat(b).extracting(BatchLine::regelnummer).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(b).extracting(BatchLine::isAdvies).containsExactly(false, true, false, false, true, false);
        assertThat(b.get(0).json()).contains("\"gevonden\":\"een lege regel\"").contains("\"regel\":1");
        assertThat(both("")).isEmpty();
    }

    /** The same lines from bytes and from text. */
    private List<BatchLine> both(String input) {
        List<BatchLine> bytes = batch(input.getBytes(StandardCharsets.UTF_8));
        List<BatchLine> text = new ArrayList<>();
        engine.evaluateLines(new StringReader(input), 1, text::add);
        assertThat(text).isEqualTo(bytes);
        return bytes;
    }

    @Test
    void aKeyTwiceIsRefusedWithItsPointer() {
        assertThat(refusedEverywhere(GELDIG.replace("\"wet\":\"WMO\"", "\"wet\":\"WMO\",\"wet\":\"JEUGDWET\"")))
                .singleElement().satisfies(f -> {
                    assertThat(f.pad()).isEqualTo("/wet");
                    assertThat(f.gevonden()).startsWith("een veld dat twee keer voorkomt");
                });
        assertThat(refusedEverywhere(with("huisgenoten", "[{\"relatie\":\"PARTNER\",\"leeftijd\":4}]").replace("\"leeftijd\":4}",
                "\"leeftijd\":4,\"leeftijd\":40}"))).extracting(Fout::pad).containsExactly("/huisgenoten/0/leeftijd");
        assertThat(refusedEverywhere(GELDIG.replace("{\"FINANCIEN\":2}", "{\"FINANCIEN\":2,\"FINANCIEN\":5}")))
                .extracting(Fout::pad).containsExactly("/zrm/FINANCIEN");
    }

    @Test
    void anIdThatLooksLikeABsnIsRefusedAndNeverRepeated() {
        for (String bsn : List.of("123456782", "12345672", "000000000")) {
            String input = GELDIG.replace("in-1", bsn);
            assertThat(refusedEverywhere(input)).singleElement().satisfies(f -> {
                assertThat(f.pad()).isEqualTo("/id");
                assertThat(f.gevonden()).contains("lijkt op een BSN; gebruik een pseudoniem").doesNotContain(bsn);
            });
            Aanvraag record = Aanvraag.builder(bsn, LocalDate.of(2026, 3, 1), Wet.WMO, 40).soort(HulpvraagSoort.FINANCIEN).build();
            assertThatThrownBy(() -> engine.evaluate(record)).isInstanceOfSatisfying(InvalidAanvraagException.class,
                    e -> assertThat(e.getMessage()).contains("lijkt op een BSN").doesNotContain(bsn));
        }
        // Digits that fail the elfproef, or are not 8 or 9 long, are a pseudonym like any other.
        for (String id : List.of("123456789", "12345678", "1234567", "1234567890", "A23456782")) {
            assertThat(engine.evaluate(GELDIG.replace("in-1", id)).aanvraagId()).isEqualTo(id);
        }
    }

    // ---- 2. limits ----

    @Test
    void anAanvraagOverSixtyFourKibibytesIsRefusedWithoutReadingTheRest() throws IOException {
        String padded = GELDIG.substring(0, GELDIG.length() - 1) + " ".repeat(Json.MAX_BYTES - GELDIG.length()) + "}";
        assertThat(padded.getBytes(StandardCharsets.UTF_8)).hasSize(Json.MAX_BYTES);
        assertThat(engine.evaluate(padded).aanvraagId()).isEqualTo("in-1");
        assertThat(Json.readAanvraag(new ByteArrayInputStream(padded.getBytes(StandardCharsets.UTF_8))).id()).isEqualTo("in-1");
        assertThat(refusedEverywhere(" " + padded)).singleElement().satisfies(f -> {
            assertThat(f.gevonden()).isEqualTo("meer dan 65536 bytes");
            assertThat(f.toegestaan()).contains("65536 bytes");
        });
        // Bytes, not characters: 32,768 two-byte characters are 65,536 bytes.
        assertThat(refusedEverywhere(with("hulpvraag", "{\"soorten\":[\"FINANCIEN\"],\"omschrijving\":\"" + "é".repeat(32_768) + "\"}")))
                .singleElement().satisfies(f -> assertThat(f.gevonden()).isEqualTo("meer dan 65536 bytes"));

        // 50 MB that is never all there: the stream counts what was read.
        CountingStream fifty = new CountingStream(50L << 20);
        assertThatThrownBy(() -> Json.readAanvraag(fifty)).isInstanceOf(InvalidAanvraagException.class)
                .hasMessageContaining("meer dan 65536 bytes");
        assertThat(fifty.read).isLessThanOrEqualTo(Json.MAX_BYTES + 1L);
    }

    @Test
    void aFiftyMegabyteLineInABatchLosesNoOtherLine() {
        byte[] before = (GELDIG + "\n").repeat(100).getBytes(StandardCharsets.UTF_8);
        byte[] after = ("\n" + GELDIG).repeat(100).getBytes(StandardCharsets.UTF_8);
        InputStream input = new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(before),
                new CountingStream(50L << 20), new ByteArrayInputStream(after))));
        long[] counts = new long[3];
        long handedOut = engine.evaluateLines(input, 2, line -> {
            counts[line.isAdvies() ? 0 : 1]++;
            if (!line.isAdvies()) {
                counts[2] = line.regelnummer();
                assertThat(line.json()).isEqualTo("{\"fouten\":[{\"gevonden\":\"meer dan 65536 bytes\",\"pad\":\"\","
                        + "\"toegestaan\":\"een aanvraag van hoogstens 65536 bytes (64 KiB)\"}],\"regel\":101}");
            }
        });
        assertThat(handedOut).isEqualTo(201);
        assertThat(counts).containsExactly(200, 1, 101);
    }

    @Test
    void jsonNestedDeeperThanSixteenIsRefused() {
        String deep = "[".repeat(40) + "]".repeat(40);
        assertThat(refusedEverywhere(with("extra", deep))).singleElement().satisfies(f ->
                assertThat(f.gevonden()).startsWith("JSON die dieper genest is dan 16 niveaus"));
        String deepest = "[".repeat(30_000) + "]".repeat(30_000);
        assertThat(refusedEverywhere(deepest)).singleElement().satisfies(f -> assertThat(f.gevonden()).contains("16 niveaus"));
        // The aanvraag's own depth, and a little more for a wrong value, is fine: its problems are named.
        assertThat(refusedEverywhere(with("persoon", "{\"leeftijd\":[[[[1]]]]}"))).extracting(Fout::pad).containsExactly("/persoon/leeftijd");
    }

    @Test
    void theFirstFiftyProblemsAreListedAndTheRestCounted() {
        StringBuilder keys = new StringBuilder("{");
        for (int i = 0; i < 5000; i++) {
            keys.append("\"k").append(i).append("\":1,");
        }
        String input = keys + GELDIG.substring(1);
        InvalidAanvraagException e = refused(() -> engine.evaluate(input));
        assertThat(e.fouten()).hasSize(50);
        assertThat(e.meer()).isEqualTo(4950);
        assertThat(e.getMessage()).startsWith("De aanvraag is ongeldig (5000 fouten; de eerste 50 staan hieronder):")
                .endsWith("en 4950 meer").hasLineCount(52);
        List<BatchLine> line = batch(input.getBytes(StandardCharsets.UTF_8));
        assertThat(line.get(0).meer()).isEqualTo(4950);
        assertThat(line.get(0).json()).contains("\"meer\":4950,\"regel\":1}");
        // The most keys 64 KiB can hold: still fifty problems, and a short message.
        StringBuilder most = new StringBuilder("{");
        for (int i = 0; most.length() < Json.MAX_BYTES - 200; i++) {
            most.append("\"k").append(Integer.toString(i, 36)).append("\":0,");
        }
        InvalidAanvraagException many = refused(() -> engine.evaluate(most + GELDIG.substring(1)));
        assertThat(many.fouten()).hasSize(50);
        assertThat(many.meer()).isGreaterThan(7000);
        assertThat(many.getMessage().length()).isLessThan(20_000);
    }

    @Test
    void aListLongerThanItsMaximumIsRefusedAndOneAtTheMaximumIsNot() {
        String huisgenoot = "{\"relatie\":\"KIND\",\"leeftijd\":4}";
        String traject = "{\"niveau\":\"LOKAAL_TEAM\",\"resultaat\":\"DOEL_BEREIKT\",\"einddatum\":\"2025-01-01\"}";
        assertThat(engine.evaluate(with("huisgenoten", list(huisgenoot, 25))).aanvraagId()).isEqualTo("in-1");
        assertThat(engine.evaluate(with("eerdereTrajecten", list(traject, 100))).aanvraagId()).isEqualTo("in-1");
        assertThat(refusedEverywhere(with("huisgenoten", list(huisgenoot, 26)))).containsExactly(
                new Fout("/huisgenoten", "een lijst van 26 elementen", "hoogstens 25 huisgenoten"));
        assertThat(refusedEverywhere(with("eerdereTrajecten", list(traject, 101)))).containsExactly(
                new Fout("/eerdereTrajecten", "een lijst van 101 elementen", "hoogstens 100 eerdere trajecten"));
    }

    private static String list(String element, int n) {
        return "[" + String.join(",", Collections.nCopies(n, element)) + "]";
    }

    @Test
    void freeTextIsCountedInCodePointsAsTheSchemaCountsThem() {
        String emoji = "\uD83D\uDE00"; // one code point, two UTF-16 units
        assertThat(engine.evaluate(with("hulpvraag", "{\"soorten\":[\"FINANCIEN\"],\"omschrijving\":\"" + emoji.repeat(4000) + "\"}"))
                .aanvraagId()).isEqualTo("in-1");
        assertThat(refusedEverywhere(with("hulpvraag", "{\"soorten\":[\"FINANCIEN\"],\"omschrijving\":\"" + emoji.repeat(4001) + "\"}")))
                .containsExactly(new Fout("/hulpvraag/omschrijving", "tekst van 4001 tekens", "tekst van hoogstens 4000 tekens"));
    }

    @Test
    void threadsAreOneToFourPerCore() {
        for (int threads : new int[] {0, -1, Engine.maxThreads() + 1, 100_000}) {
            assertThatThrownBy(() -> engine.evaluateLines(new StringReader(GELDIG), threads, l -> { }))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4 per processorkern");
        }
        assertThat(engine.evaluateLines(new StringReader(GELDIG), Engine.maxThreads(), l -> { })).isEqualTo(1);
    }

    // ---- 3. nothing the citizen wrote, nothing unprintable ----

    @Test
    void anEchoedValueIsEscapedAndShort() {
        for (String hostile : List.of("a\nb", "\u001b[31mrood", "nul\u0000", "abc\u202edcba", "tab\tx", "r\rx", "\u2028", "zw\u200bj",
                "\u00a0", "a\"b\\c", "\uDBFF")) {
            String input = GELDIG.replace("\"in-1\"", jsonString(hostile));
            List<Fout> fouten = refusedEverywhere(input);
            assertThat(fouten).as(hostile).singleElement().satisfies(f -> {
                assertThat(f.pad()).isEqualTo("/id");
                assertPrintable(f.melding());
            });
        }
        assertThat(refusedEverywhere(GELDIG.replace("\"in-1\"", "\"a\\nb\\u202e\""))).singleElement()
                .satisfies(f -> assertThat(f.gevonden()).isEqualTo("\"a\\u000ab\\u202e\""));
        assertThat(refusedEverywhere(GELDIG.replace("\"in-1\"", "\"" + "x".repeat(70) + "\""))).singleElement()
                .satisfies(f -> assertThat(f.gevonden()).isEqualTo("tekst van 70 tekens"));
        assertThat(refusedEverywhere(with("persoon", "{\"leeftijd\":" + "9".repeat(200) + "}"))).singleElement()
                .satisfies(f -> assertThat(f.gevonden()).isEqualTo("een getal van 200 tekens"));
    }

    @Test
    void freeTextIsNeverRepeatedWhateverItsType() {
        for (String value : List.of("123456782", "true", "[\"geheim\"]", "{\"geheim\":\"geheim\"}", "1.5e300")) {
            List<Fout> fouten = refusedEverywhere(with("hulpvraag", "{\"soorten\":[\"FINANCIEN\"],\"omschrijving\":" + value + "}"));
            assertThat(fouten).as(value).singleElement().satisfies(f -> {
                assertThat(f.pad()).isEqualTo("/hulpvraag/omschrijving");
                assertThat(f.gevonden()).isIn("een getal", "true of false", "een lijst", "een object")
                        .doesNotContain("123456782").doesNotContain("geheim");
            });
        }
    }

    @Test
    void anUnknownNameIsNamedOnlyWhenShortAndPrintable() {
        assertThat(refusedEverywhere(GELDIG.replace("{\"FINANCIEN\":2}", "{\"VERSLAVING\":2}"))).extracting(Fout::pad)
                .containsExactly("/zrm/VERSLAVING");
        for (String name : List.of("mijn buurman slaat zijn kinderen, ik weet het niet meer", "a\nb", "\u001b[2J", "x\u202ey", "")) {
            String key = jsonString(name);
            List<Fout> zrm = refusedEverywhere(GELDIG.replace("{\"FINANCIEN\":2}", "{" + key + ":2}"));
            List<Fout> field = refusedEverywhere("{" + key + ":1," + GELDIG.substring(1));
            for (Fout f : List.of(zrm.get(0), field.get(0))) {
                assertPrintable(f.melding());
                if (!name.isEmpty()) {
                    assertThat(f.melding()).doesNotContain("buurman").doesNotContain("a\\u000ab");
                }
            }
            if (!name.isEmpty()) {
                assertThat(zrm.get(0).pad()).isEqualTo("/zrm");
                assertThat(zrm.get(0).gevonden()).contains("naam die niet getoond wordt");
                assertThat(field.get(0).pad()).isEmpty();
            }
        }
        // The duplicate check names the key the same way.
        String twice = "{\"x\\u202ey\":1,\"x\\u202ey\":2," + GELDIG.substring(1);
        assertThat(refusedEverywhere(twice)).singleElement().satisfies(f -> assertThat(f.pad()).isEqualTo("/(naam niet getoond)"));
    }

    /** One line of printable characters: no control, bidi, separator or other invisible character. */
    static void assertPrintable(String text) {
        text.codePoints().forEach(cp -> assertThat(cp == ' ' || (!Character.isISOControl(cp)
                && Character.getType(cp) != Character.FORMAT && Character.getType(cp) != Character.LINE_SEPARATOR
                && Character.getType(cp) != Character.PARAGRAPH_SEPARATOR && Character.getType(cp) != Character.SPACE_SEPARATOR
                && Character.getType(cp) != Character.SURROGATE && Character.getType(cp) != Character.PRIVATE_USE
                && Character.getType(cp) != Character.UNASSIGNED))
                .as("U+%04X in %s", cp, text).isTrue());
    }

    /** A JSON string literal with everything but printable ASCII escaped, so its bytes are the same text on every way in. */
    static String jsonString(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                s.append(c);
            } else {
                s.append(String.format("\\u%04x", (int) c));
            }
        }
        return s.append('"').toString();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    /** {@code size} bytes of {@code a}, made as they are read, counting how many were. */
    static final class CountingStream extends InputStream {
        private final long size;
        long read;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return 'a';
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
}
