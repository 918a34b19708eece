// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import nl.afweging.model.Advies;
import nl.afweging.model.Fout;

/**
 * The fuzz suite: malformed and adversarial aanvragen, generated from valid ones by byte edits (invalid UTF-8, a BOM,
 * control and bidi characters, cut-off text, stray brackets, duplicated pieces) and by JSON edits (null anywhere,
 * values of the wrong type, deep nesting, long texts and lists, many or duplicate keys, BSN-like ids), plus random
 * bytes. Every one, read as a String and as a stream, ends in an advies or an {@link InvalidAanvraagException} whose
 * problems are printable and short, within a second; never another exception, a hang or an out-of-memory.
 *
 * <p>2,000 tries in the normal build; {@code mvn -Pfuzz verify} runs 100,000 (system property {@code afweging.fuzz.tries}).
 */
class HostileInputProperties {
    private static final String GELDIG = InputRulesTest.GELDIG;
    private static final String VOL = "{\"id\":\"fuzz-1\",\"peildatum\":\"2026-03-01\",\"gemeente\":\"0840\",\"wijk\":\"WK084001\","
            + "\"wet\":\"JEUGDWET\",\"persoon\":{\"leeftijd\":14},\"hulpvraag\":{\"soorten\":[\"OPVOEDEN_OPGROEIEN\",\"SCHOOL\"],"
            + "\"duur\":\"KORT\",\"omschrijving\":\"GEHEIM-vrije-tekst\"},\"zrm\":{\"FINANCIEN\":2,\"HUISVESTING\":4},"
            + "\"huisgenoten\":[{\"relatie\":\"OUDER\",\"leeftijd\":44,\"beschikbaar\":true,\"overbelast\":false,\"beperking\":false}],"
            + "\"netwerk\":{\"beschikbaar\":false,\"mantelzorgerOverbelast\":true},\"veiligheid\":\"ZORGEN\",\"hulpGeaccepteerd\":true,"
            + "\"wlz\":\"GEEN\",\"zvwAanspraak\":false,\"verwijzer\":\"JEUGDARTS\",\"eerdereTrajecten\":[{\"niveau\":\"LOKAAL_TEAM\","
            + "\"resultaat\":\"ONVOLDOENDE\",\"einddatum\":\"2025-11-01\"}]}";

    private final Engine engine = TestEngines.standaard();

    /** Sets the number of tries from {@code afweging.fuzz.tries} (default 2,000). */
    static final class Tries implements AroundPropertyHook {
        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) throws Throwable {
            int tries = Integer.getInteger("afweging.fuzz.tries", 2000);
            context.attributes().setTries(tries);
            PropertyExecutionResult result = property.execute();
            System.out.println(context.label() + ": " + result.countTries() + " van " + tries + " pogingen, " + result.status());
            if (result.status() == PropertyExecutionResult.Status.SUCCESSFUL && result.countTries() < tries) {
                throw new AssertionError("maar " + result.countTries() + " van " + tries + " pogingen gedaan");
            }
            return result;
        }
    }

    @Property
    @AddLifecycleHook(Tries.class)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void everyHostileInputEndsInAnAdviesOrAnInvalidAanvraag(@ForAll("hostile") byte[] input) throws IOException {
        long start = System.nanoTime();
        String viaString = outcome(() -> engine.evaluate(new String(input, StandardCharsets.UTF_8)));
        String viaStream = outcome(() -> engine.evaluate(Json.readAanvraag(new ByteArrayInputStream(input))));
        List<BatchLine> line = new ArrayList<>();
        engine.evaluateLines(new ByteArrayInputStream(withoutNewlines(input)), 1, line::add);
        assertThat(line).hasSize(input.length == 0 ? 0 : 1); // an empty input has no line
        line.forEach(l -> assertThat(l.json()).doesNotContain("GEHEIM"));
        assertThat(System.nanoTime() - start).as("tijd").isLessThan(1_000_000_000L);
        if (isUtf8(input)) {
            assertThat(viaStream).isEqualTo(viaString); // the same text, the same outcome
        }
        Statistics.collect(viaStream.startsWith("advies") ? "advies" : "ongeldig");
        Statistics.coverage(c -> c.check("ongeldig").percentage(p -> p > 60));
    }

    @FunctionalInterface
    private interface Call {
        Advies run() throws IOException;
    }

    /** "advies ..." or "ongeldig ..." with the problems; anything else thrown fails the property. */
    private static String outcome(Call call) throws IOException {
        try {
            Advies advies = call.run();
            assertThat(advies.niveau()).isNotNull();
            return "advies " + Json.write(advies);
        } catch (InvalidAanvraagException e) {
            assertThat(e.fouten()).isNotEmpty().hasSizeLessThanOrEqualTo(50);
            for (Fout f : e.fouten()) {
                InputRulesTest.assertPrintable(f.melding());
                assertThat(f.melding().length()).isLessThan(1000);
                assertThat(f.melding()).doesNotContain("GEHEIM");
            }
            return "ongeldig " + e.fouten();
        }
    }

    private static boolean isUtf8(byte[] input) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(input));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] withoutNewlines(byte[] input) {
        byte[] copy = input.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == '\n') {
                copy[i] = ' ';
            }
        }
        return copy;
    }

    @Provide
    Arbitrary<byte[]> hostile() {
        Arbitrary<byte[]> base = Arbitraries.of(GELDIG, VOL).map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> byteEdits = Combinators.combine(base, byteEdit().list().ofMinSize(1).ofMaxSize(6))
                .as((bytes, edits) -> {
                    byte[] b = bytes;
                    for (ByteEdit e : edits) {
                        b = e.apply(b);
                    }
                    return b;
                });
        Arbitrary<byte[]> jsonEdits = Combinators.combine(Arbitraries.of(GELDIG, VOL), jsonEdit().list().ofMinSize(1).ofMaxSize(4))
                .as((json, edits) -> {
                    String s = json;
                    for (JsonEdit e : edits) {
                        s = e.apply(s);
                    }
                    return s.getBytes(StandardCharsets.UTF_8);
                });
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        return Arbitraries.frequencyOf(Tuple.of(4, byteEdits), Tuple.of(5, jsonEdits), Tuple.of(1, random));
    }

    /** At a position (a fraction of the length): insert, replace, delete, duplicate or cut. */
    private record ByteEdit(double where, int op, byte[] piece, int length) {
        byte[] apply(byte[] b) {
            int at = (int) (where * b.length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            switch (op) {
                case 0 -> { out.write(b, 0, at); out.writeBytes(piece); out.write(b, at, b.length - at); }
                case 1 -> { out.write(b, 0, at); out.writeBytes(piece); int from = Math.min(b.length, at + piece.length); out.write(b, from, b.length - from); }
                case 2 -> { out.write(b, 0, at); int from = Math.min(b.length, at + length); out.write(b, from, b.length - from); }
                case 3 -> { int to = Math.min(b.length, at + length); out.write(b, 0, to); out.write(b, at, to - at); out.write(b, to, b.length - to); }
                default -> out.write(b, 0, at);
            }
            return out.toByteArray();
        }
    }

    private static Arbitrary<ByteEdit> byteEdit() {
        List<byte[]> pieces = List.of(new byte[] {(byte) 0xff}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xc3},
                new byte[] {(byte) 0xc0, (byte) 0xaf}, new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                new byte[] {0}, new byte[] {0x1b, '[', '3', '1', 'm'}, new byte[] {'\r'}, new byte[] {'\n'}, new byte[] {'\t'},
                "\u202e".getBytes(StandardCharsets.UTF_8), "\u2028".getBytes(StandardCharsets.UTF_8), "\u00e9".getBytes(StandardCharsets.UTF_8),
                "\uD83D\uDE00".getBytes(StandardCharsets.UTF_8), new byte[] {'"'}, new byte[] {'\\'}, new byte[] {'{'}, new byte[] {'}'},
                new byte[] {'['}, new byte[] {']'}, new byte[] {','}, new byte[] {':'}, "null".getBytes(StandardCharsets.UTF_8),
                "\\u0000".getBytes(StandardCharsets.UTF_8), "\\ud800".getBytes(StandardCharsets.UTF_8), "1e999".getBytes(StandardCharsets.UTF_8),
                "-0".getBytes(StandardCharsets.UTF_8), "\"id\":\"x\",".getBytes(StandardCharsets.UTF_8));
        return Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 4),
                Arbitraries.of(pieces), Arbitraries.integers().between(1, 40)).as(ByteEdit::new);
    }

    /** Replaces the value of a field (found by its name in the text) with an adversarial one, or adds a field. */
    private record JsonEdit(String field, String value) {
        String apply(String json) {
            String key = "\"" + field + "\":";
            int at = json.indexOf(key);
            if (at < 0) {
                return "{" + key + value + "," + json.substring(1);
            }
            int start = at + key.length();
            int end = valueEnd(json, start);
            return json.substring(0, start) + value + json.substring(end);
        }

        /** Where a JSON value starting at {@code start} ends (good enough for the texts this suite writes). */
        private static int valueEnd(String json, int start) {
            int depth = 0;
            boolean inString = false;
            for (int i = start; i < json.length(); i++) {
                char c = json.charAt(i);
                if (inString) {
                    if (c == '\\') {
                        i++;
                    } else if (c == '"') {
                        inString = false;
                        if (depth == 0) {
                            return i + 1;
                        }
                    }
                } else if (c == '"') {
                    inString = true;
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    if (depth == 0) {
                        return i;
                    }
                    depth--;
                    if (depth == 0) {
                        return i + 1;
                    }
                } else if (c == ',' && depth == 0) {
                    return i;
                }
            }
            return json.length();
        }
    }

    private static Arbitrary<JsonEdit> jsonEdit() {
        List<String> fields = List.of("id", "peildatum", "gemeente", "wijk", "wet", "persoon", "leeftijd", "hulpvraag", "soorten",
                "duur", "omschrijving", "zrm", "FINANCIEN", "huisgenoten", "relatie", "beschikbaar", "netwerk", "veiligheid",
                "hulpGeaccepteerd", "wlz", "zvwAanspraak", "verwijzer", "eerdereTrajecten", "niveau", "einddatum", "onbekend",
                "a\\nb", "\\u202e", "x".repeat(50));
        Arbitrary<String> values = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of("null", "[null]", "[null,null]", "{}", "[]", "0", "-1", "121", "1.5", "1e400",
                        "123456789012345678901234567890", "true", "\"\"", "\"GEEN\"", "\"2026-02-30\"", "\"123456782\"",
                        "\"12345672\"", "\"a\\u0000b\"", "\"\\u001b[2J\"", "\"x\\ny\"", "\"\\u202egnp.exe\"", "\"\\ud800\"",
                        "{\"FINANCIEN\":null}", "{\"sleutel met spaties\":1}", "[\"FINANCIEN\",\"FINANCIEN\"]",
                        "{\"relatie\":\"KIND\",\"leeftijd\":4,\"leeftijd\":5}")),
                Tuple.of(1, Arbitraries.integers().between(1, 40).map(n -> "[".repeat(n) + "]".repeat(n))),
                Tuple.of(1, Arbitraries.integers().between(1, 70_000).map(n -> "\"" + "x".repeat(n) + "\"")),
                Tuple.of(1, Arbitraries.integers().between(0, 130).map(n -> "[" + String.join(",",
                        java.util.Collections.nCopies(n, "{\"relatie\":\"KIND\",\"leeftijd\":4}")) + "]")),
                Tuple.of(1, Arbitraries.integers().between(1, 3_000).map(n -> {
                    StringBuilder s = new StringBuilder("{");
                    for (int i = 0; i < n; i++) {
                        s.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i % 7);
                    }
                    return s.append('}').toString();
                })),
                Tuple.of(1, Arbitraries.strings().withCharRange('\u0000', '\u206f').ofMaxLength(30)
                        .map(s -> InputRulesTest.jsonString(s))));
        // Free text, whatever its type, is never repeated: what it holds is marked GEHEIM.
        Arbitrary<JsonEdit> omschrijving = Arbitraries.of("\"GEHEIM\"", "\"GEHEIM\\n\\u202e\"", "123456782", "[\"GEHEIM\"]",
                "{\"GEHEIM\":\"GEHEIM\"}", "\"GEHEIM" + "x".repeat(4000) + "\"").map(v -> new JsonEdit("omschrijving", v));
        return Arbitraries.frequencyOf(Tuple.of(8, Combinators.combine(Arbitraries.of(fields), values).as(JsonEdit::new)),
                Tuple.of(1, omschrijving));
    }
}
