// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.POJONode;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** How a found value is described: the bounds of what is repeated, and the type of free text named whatever it is. */
class ProblemsTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void aNumberIsRepeatedUpToFortyCharactersAndNamedByItsLengthBeyond() {
        String forty = "1".repeat(Problems.ECHO_MAX);
        assertThat(Problems.describe(NODES.numberNode(new BigInteger(forty)))).isEqualTo(forty);
        assertThat(Problems.describe(NODES.numberNode(new BigInteger(forty + "2")))).isEqualTo("een getal van 41 tekens");
    }

    @Test
    void aTextIsRepeatedUpToFortyCodePointsCountingAnEmojiAsOne() {
        String forty = "😀".repeat(Problems.ECHO_MAX);
        assertThat(Problems.describe(forty)).isEqualTo("\"" + forty + "\"");
        assertThat(Problems.describe(forty + "a")).isEqualTo("tekst van 41 tekens");
    }

    @Test
    void aNameIsShownUpToFortyPrintableCodePoints() {
        String forty = "é".repeat(Problems.ECHO_MAX);
        assertThat(Problems.showable(forty)).isTrue();
        assertThat(Problems.pointerStep(forty)).isEqualTo(forty);
        assertThat(Problems.showable(forty + "é")).isFalse();
        assertThat(Problems.pointerStep(forty + "é")).isEqualTo(Problems.NAME_NOT_SHOWN);
        assertThat(Problems.pointerStep("a/b~c")).isEqualTo("a~1b~0c");
        assertThat(Problems.showable("a\u202eb")).isFalse();
    }

    @Test
    void theTypeOfFreeTextIsNamedWithoutItsValue() {
        assertThat(Problems.type(NODES.nullNode())).isEqualTo("null");
        assertThat(Problems.type(NODES.textNode("geheim"))).isEqualTo("tekst van 6 tekens");
        assertThat(Problems.type(NODES.numberNode(123456782))).isEqualTo("een getal");
        assertThat(Problems.type(NODES.booleanNode(true))).isEqualTo("true of false");
        assertThat(Problems.type(NODES.arrayNode())).isEqualTo("een lijst");
        assertThat(Problems.type(NODES.objectNode())).isEqualTo("een object");
        assertThat(Problems.type(new POJONode(new Object()))).isEqualTo("een waarde");
    }
}
