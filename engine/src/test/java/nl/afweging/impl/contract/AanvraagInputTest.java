// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import nl.afweging.model.Fout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reading of one aanvraag's text, piece by piece: the byte order mark at the byte level, the UTF-8 length that
 * bounds a text, and the Dutch reason for each kind of JSON that cannot be read, with its line and column. (The
 * ways in are tested end to end in {@code InputRulesTest}; these pin the pieces that the end-to-end tests cannot
 * tell apart, found by mutation testing.)
 */
class AanvraagInputTest {

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static Fout refusal(ThrowingRead read) {
        try {
            read.run();
        } catch (AanvraagInput.Refused r) {
            assertThat(r.fouten().lijst()).hasSize(1);
            return r.fouten().lijst().get(0);
        }
        throw new AssertionError("not refused");
    }

    @FunctionalInterface
    private interface ThrowingRead {
        void run() throws AanvraagInput.Refused;
    }

    @Test
    void decodeRefusesAByteOrderMarkAlsoWhenItIsAllThereIs() {
        assertThat(refusal(() -> AanvraagInput.decode(bytes(0xEF, 0xBB, 0xBF), 3)).gevonden()).contains("byte-order-mark");
        assertThat(refusal(() -> AanvraagInput.decode(bytes(0xEF, 0xBB, 0xBF, '{', '}'), 5)).gevonden()).contains("byte-order-mark");
    }

    @Test
    void decodeReadsCharactersThatShareTwoOfTheThreeBytesOfAByteOrderMark() throws AanvraagInput.Refused {
        // U+3EFF (E3 BB BF), U+FEBF (EF BA BF), U+FEFE (EF BB BE): each differs from the BOM in one byte.
        assertThat(AanvraagInput.decode(bytes(0xE3, 0xBB, 0xBF), 3)).isEqualTo("\u3EFF");
        assertThat(AanvraagInput.decode(bytes(0xEF, 0xBA, 0xBF), 3)).isEqualTo("\uFEBF");
        assertThat(AanvraagInput.decode(bytes(0xEF, 0xBB, 0xBE), 3)).isEqualTo("\uFEFE");
        assertThat(AanvraagInput.decode(bytes('{', '}'), 2)).isEqualTo("{}");
        // Only the first length bytes count: a BOM beyond them is not read.
        assertThat(AanvraagInput.decode(bytes('{', 0xEF, 0xBB, 0xBF), 1)).isEqualTo("{");
    }

    @Test
    void decodeNamesTheOffsetOfTheFirstByteThatIsNoUtf8() {
        assertThat(refusal(() -> AanvraagInput.decode(bytes('{', '"', 0xC3, '"', '}'), 5)).gevonden())
                .isEqualTo("een byte die geen UTF-8 is: 0xc3 op byte-offset 2 (de eerste byte is 0)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "\u007f", "\u0080", "é", "\u07ff", "\u0800", "€", "\uffff", "😀", "a😀b", "ß😀€x"})
    void utf8LengthIsTheNumberOfBytesOfTheText(String text) {
        assertThat(AanvraagInput.utf8Length(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void utf8LengthCountsALoneSurrogateAsItsThreeByteReplacement() {
        assertThat(AanvraagInput.utf8Length("\uD83D")).isEqualTo(3);
        assertThat(AanvraagInput.utf8Length("\uD83Da")).isEqualTo(4);
        assertThat(AanvraagInput.utf8Length("\uDE00")).isEqualTo(3);
        assertThat(AanvraagInput.utf8Length("\uDE00\uD83D")).isEqualTo(6);
    }

    @Test
    void parseRefusesATextOverTheLimitInUtf8BytesNotInChars() {
        // 32,768 chars of two bytes each: 65,536 bytes is the limit itself, one more is over it.
        String atLimit = "\"" + "é".repeat((AanvraagInput.MAX_BYTES - 2) / 2) + "\"";
        assertThat(AanvraagInput.utf8Length(atLimit)).isEqualTo(AanvraagInput.MAX_BYTES);
        String over = atLimit + " ";
        assertThat(refusal(() -> AanvraagInput.parse(over)).gevonden()).isEqualTo("meer dan 65536 bytes");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"id": "a                 | de tekst houdt halverwege op
            {"id": "a"} {}            | na het eerste JSON-object staat nog iets
            {"id": tru}               | een teken of woord dat daar niet kan staan
            {"id": @}                 | een teken of woord dat daar niet kan staan
            {"id": "\\q"}             | een teken of woord dat daar niet kan staan
            {"id": 01}                | een teken of woord dat daar niet kan staan
            {"id": NaN}               | een teken of woord dat daar niet kan staan
            {"id": -}                 | een teken of woord dat daar niet kan staan
            {"id": ]                  | een teken of woord dat daar niet kan staan
            {"id": 1]                 | de opbouw klopt niet
            """)
    void eachKindOfUnreadableJsonHasItsOwnReason(String json, String reason) {
        Fout fout = refusal(() -> AanvraagInput.parse(json));
        assertThat(fout.pad()).isEmpty();
        assertThat(fout.gevonden()).startsWith("geen geldige JSON: " + reason + " (regel 1, kolom ");
        assertThat(fout.toegestaan()).isEqualTo(AanvraagInput.ALLOWED);
    }

    @Test
    void aControlCharacterInsideATextIsNamedWithItsLineAndColumn() {
        Fout fout = refusal(() -> AanvraagInput.parse("{\n  \"id\": \"a\u0007b\"}"));
        assertThat(fout.gevonden()).isEqualTo("geen geldige JSON: een stuurteken (zoals een regeleinde) binnen een tekst (regel 2, kolom 11)");
    }
}
