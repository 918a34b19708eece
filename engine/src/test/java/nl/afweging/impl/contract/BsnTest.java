// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The elfproef on the digits at both ends of the range, in 9 and in 8 digits (a BSN without its leading zero). */
class BsnTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "123456782, true",
            "100000009, true",    // 9·1 − 9 = 0: the digits 0 and 9 are digits
            "900000000, false",   // 81 is no multiple of 11
            "100000008, false",
            "10000069, true",     // 8 digits: the weights start at 8
            "010000069, true",    // the same number with its leading zero
            "10000068, false",
            "1000006, false",     // 7 digits
            "1000000090, false",  // 10 digits
            "10000006:, false",   // ':' follows '9'
            "1000000/9, false"})  // '/' precedes '0'
    void passesElfproef(String text, boolean passes) {
        assertThat(Bsn.passesElfproef(text)).isEqualTo(passes);
    }
}
