// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A metadata value Drools pastes into Java as it stands is allowed only as a text in quotes that no quote ends early
 * and no unicode escape changes (else Drools would make code of it): read in one pass, every edge of it.
 */
class RuleCodeCheckTest {
    @ParameterizedTest
    @ValueSource(strings = {"\"\"", "\"a\"", "\"art. 2.3.5 Wmo\"", "\"a\\\"b\"", "\"a\\\\\"", "\"a\\nb\""})
    void aTextInQuotesIsQuoted(String value) {
        assertThat(RuleCodeCheck.isQuoted(value)).as(value).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\"", "a", "\"a", "a\"", "'a'", "\"a\" + \"b\"", "\"a\"b\"", "\"a\\\"", "\"a\\u0022\"",
            "\"\\u\"", "x\"a\""})
    void aValueThatAQuoteEndsEarlyOrAnEscapeChangesIsNot(String value) {
        assertThat(RuleCodeCheck.isQuoted(value)).as(value).isFalse();
    }
}
