// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.afweging.impl.contract.AanvraagInput;
import org.junit.jupiter.api.Test;

/**
 * The splitting of a batch into lines, from bytes and from text alike: blank lines are lines, {@code \r\n} is
 * {@code \n}, and a line is too long only past {@link AanvraagInput#MAX_BYTES} without its line end.
 */
class JsonLinesTest {

    private static List<String> lines(JsonLines<String> lines) throws Exception {
        List<String> out = new ArrayList<>();
        while (lines.hasNext()) {
            Callable<String> task = lines.next();
            out.add(task.call());
        }
        return out;
    }

    private static String describe(long number, JsonLines.Line line) {
        try {
            return number + ":" + line.text();
        } catch (AanvraagInput.Refused r) {
            return number + ":refused " + r.fouten().lijst().get(0).gevonden();
        }
    }

    private static List<String> fromBytes(String text) throws Exception {
        return lines(JsonLines.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), JsonLinesTest::describe));
    }

    private static List<String> fromText(String text) throws Exception {
        return lines(JsonLines.of(new StringReader(text), JsonLinesTest::describe));
    }

    @Test
    void blankLinesAreLinesAndCrLfIsOneLineEnd() throws Exception {
        String batch = "a\n\nb\r\n\r\n\rc\n";
        List<String> expected = List.of("1:a", "2:", "3:b", "4:", "5:\rc");
        assertThat(fromBytes(batch)).isEqualTo(expected);
        assertThat(fromText(batch)).isEqualTo(expected);
        assertThat(fromBytes("a\nb")).containsExactly("1:a", "2:b");
        assertThat(fromText("a\nb")).containsExactly("1:a", "2:b");
        assertThat(fromBytes("")).isEmpty();
        assertThat(fromText("")).isEmpty();
    }

    @Test
    void aLineOfExactlyTheLimitIsKeptWithItsCrLfAndOneByteMoreIsTooLong() throws Exception {
        String atLimit = "x".repeat(AanvraagInput.MAX_BYTES);
        String batch = atLimit + "\r\n" + atLimit + "x\r\n" + atLimit + "\n" + "y\n";
        List<String> expected = List.of("1:" + atLimit, "2:refused meer dan 65536 bytes", "3:" + atLimit, "4:y");
        assertThat(fromBytes(batch)).isEqualTo(expected);
        assertThat(fromText(batch)).isEqualTo(expected);
    }

    @Test
    void aLongLineDoesNotDisturbTheLinesAroundIt() throws Exception {
        String batch = "a\n" + "z".repeat(3 * AanvraagInput.MAX_BYTES) + "\nb\n";
        List<String> expected = List.of("1:a", "2:refused meer dan 65536 bytes", "3:b");
        assertThat(fromBytes(batch)).isEqualTo(expected);
        assertThat(fromText(batch)).isEqualTo(expected);
    }
}
