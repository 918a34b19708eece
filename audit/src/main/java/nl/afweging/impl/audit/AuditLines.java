// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.audit;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The lines of an audit log, one at a time (constant memory for any length), each telling whether it ended
 * with a newline: a last line without one is a torn write, which a reader must report, never skip.
 */
public final class AuditLines implements Iterator<AuditLines.Line>, Closeable {

    /** One line: its 1-based number, its bytes as stored (without the newline) and whether a newline closed it. */
    public record Line(long number, byte[] bytes, boolean complete) {
        /** The text, with any invalid UTF-8 replaced (for messages and lookups; a check uses {@link #strictText}). */
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        /** The text, or null when the bytes are not valid UTF-8. */
        public String strictText() {
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                return null;
            }
        }

        /** Whether the ASCII text {@code needle} occurs in the bytes (a quick filter before parsing). */
        public boolean contains(byte[] needle) {
            outer:
            for (int i = 0; i + needle.length <= bytes.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (bytes[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        }
    }

    private final InputStream in;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
    private Line next;
    private long number;

    public AuditLines(Path file) throws IOException {
        this.in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = read();
        }
        return next != null;
    }

    @Override
    public Line next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Line line = next;
        next = null;
        return line;
    }

    private Line read() {
        try {
            buffer.reset();
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    return new Line(++number, buffer.toByteArray(), true);
                }
                buffer.write(b);
            }
            return buffer.size() == 0 ? null : new Line(++number, buffer.toByteArray(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
