package nl.afweging.impl.audit;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

    /** One line: its 1-based number, its text and whether a newline closed it. */
    public record Line(long number, String text, boolean complete) {}

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
                    return new Line(++number, buffer.toString(StandardCharsets.UTF_8), true);
                }
                buffer.write(b);
            }
            return buffer.size() == 0 ? null : new Line(++number, buffer.toString(StandardCharsets.UTF_8), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
