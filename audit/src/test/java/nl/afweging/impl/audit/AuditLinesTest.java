// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lines of a log one at a time: a last line without a newline is there, and said to be torn. */
class AuditLinesTest {
    @TempDir
    Path dir;

    private List<AuditLines.Line> lines(byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("audit.jsonl"), bytes);
        List<AuditLines.Line> lines = new ArrayList<>();
        try (AuditLines reader = new AuditLines(file)) {
            while (reader.hasNext()) {
                assertThat(reader.hasNext()).as("asking again reads no further").isTrue();
                lines.add(reader.next());
            }
            assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
        }
        return lines;
    }

    @Test
    void eachLineHasItsNumberItsBytesAndWhetherANewlineEndedIt() throws IOException {
        List<AuditLines.Line> lines = lines("een\n\ntwee\ndrie".getBytes(StandardCharsets.UTF_8));

        assertThat(lines).extracting(AuditLines.Line::number).containsExactly(1L, 2L, 3L, 4L);
        assertThat(lines).extracting(AuditLines.Line::text).containsExactly("een", "", "twee", "drie");
        assertThat(lines).extracting(AuditLines.Line::complete).containsExactly(true, true, true, false);
    }

    @Test
    void anEmptyFileHasNoLinesAndAClosedLastLineNoEmptyOneAfterIt() throws IOException {
        assertThat(lines(new byte[0])).isEmpty();
        assertThat(lines("een\n".getBytes(StandardCharsets.UTF_8))).extracting(AuditLines.Line::text).containsExactly("een");
    }

    /** A NUL byte is a byte like any other: it neither ends a line nor the file. */
    @Test
    void aNulByteIsPartOfItsLine() throws IOException {
        List<AuditLines.Line> lines = lines(new byte[] {'a', 0, 'b', '\n', 'c', '\n'});

        assertThat(lines).extracting(AuditLines.Line::bytes).containsExactly(new byte[] {'a', 0, 'b'}, new byte[] {'c'});
        assertThat(lines).extracting(AuditLines.Line::complete).containsExactly(true, true);
    }

    @Test
    void closingStopsTheReading() throws IOException {
        Path file = Files.writeString(dir.resolve("audit.jsonl"), "een\ntwee\n");
        AuditLines reader = new AuditLines(file);
        assertThat(reader.next().text()).isEqualTo("een");

        reader.close();

        assertThatThrownBy(reader::hasNext).isInstanceOf(java.io.UncheckedIOException.class);
    }

    @Test
    void strictTextIsNullForBytesThatAreNoUtf8() {
        assertThat(new AuditLines.Line(1, new byte[] {'a', (byte) 0xFF}, true).strictText()).isNull();
        assertThat(new AuditLines.Line(1, new byte[] {'a', (byte) 0xFF}, true).text()).isEqualTo("a\uFFFD");
        assertThat(new AuditLines.Line(1, "é".getBytes(StandardCharsets.UTF_8), true).strictText()).isEqualTo("é");
    }

    @Test
    void containsFindsTheNeedleAnywhereAndOnlyWhole() {
        AuditLines.Line line = new AuditLines.Line(1, "abcabd".getBytes(StandardCharsets.US_ASCII), true);

        assertThat(line.contains("abc".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(line.contains("abd".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(line.contains("bca".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(line.contains("abcabd".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(line.contains("abe".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(line.contains("bdx".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(line.contains("abcabdx".getBytes(StandardCharsets.US_ASCII))).isFalse();
    }
}
