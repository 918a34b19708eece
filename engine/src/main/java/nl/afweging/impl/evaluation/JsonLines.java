// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import nl.afweging.impl.contract.AanvraagInput;

/**
 * JSON Lines as tasks for {@link InOrder}: a line is read only when a worker asks for the next task, so a file of
 * any length is never held in memory. Lines end at {@code \n} only ({@code \r\n} counts as {@code \n}; a bare
 * {@code \r} is part of its line, where JSON reads it as white space), so line N of the output always answers line
 * N of the input, blank lines included. A line longer than {@link AanvraagInput#MAX_BYTES} is skipped to its end
 * without being kept: its task only says it was too long.
 */
public final class JsonLines<T> implements Iterator<Callable<T>> {
    /** What to do with one line. */
    @FunctionalInterface
    public interface LineTask<T> {
        T run(long regelnummer, Line line);
    }

    /** One line as read: its bytes (decoded by the task, on a worker) or its text, or only that it was too long. */
    public static final class Line {
        private final byte[] bytes;
        private final String text;
        private final boolean tooLong;

        private Line(byte[] bytes, String text, boolean tooLong) {
            this.bytes = bytes;
            this.text = text;
            this.tooLong = tooLong;
        }

        /** The line's text: refused when it was too long, is no UTF-8 or starts with a byte order mark. */
        public String text() throws AanvraagInput.Refused {
            if (tooLong) {
                throw AanvraagInput.tooLong();
            }
            return text != null ? text : AanvraagInput.decode(bytes, bytes.length);
        }
    }

    private interface Source {
        /** The next line, or null at the end. */
        Line next() throws IOException;
    }

    private final Source source;
    private final LineTask<T> task;
    private long number;
    private Line next;

    private JsonLines(Source source, LineTask<T> task) {
        this.source = source;
        this.task = task;
        this.next = advance();
    }

    /** Lines of UTF-8 bytes, each decoded strictly by its task. */
    public static <T> JsonLines<T> of(InputStream in, LineTask<T> task) {
        return new JsonLines<>(new ByteSource(in), task);
    }

    /** Lines of text. */
    public static <T> JsonLines<T> of(Reader in, LineTask<T> task) {
        return new JsonLines<>(new CharSource(in), task);
    }

    private Line advance() {
        try {
            Line line = source.next();
            if (line != null) {
                number++;
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public Callable<T> next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        Line line = next;
        long regelnummer = number;
        next = advance();
        return () -> task.run(regelnummer, line);
    }

    /** Keeps at most this much of a line: the most an aanvraag may take, and a {@code \r} before its {@code \n}. */
    private static final int KEEP = AanvraagInput.MAX_BYTES + 1;

    private static final class ByteSource implements Source {
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int position;
        private int limit;
        private byte[] line = new byte[1024];

        ByteSource(InputStream in) {
            this.in = in;
        }

        @Override
        public Line next() throws IOException {
            int length = 0;
            boolean tooLong = false;
            boolean any = false;
            while (true) {
                if (position == limit) {
                    limit = in.read(buffer);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        return any ? done(length, tooLong) : null;
                    }
                }
                any = true;
                int end = position;
                while (end < limit && buffer[end] != '\n') {
                    end++;
                }
                int take = end - position;
                if (!tooLong) {
                    if (length + take > KEEP) {
                        tooLong = true;
                        length = 0;
                    } else {
                        if (length + take > line.length) {
                            line = Arrays.copyOf(line, Math.min(KEEP, Math.max(line.length * 2, length + take)));
                        }
                        System.arraycopy(buffer, position, line, length, take);
                        length += take;
                    }
                }
                position = end;
                if (end < limit) {
                    position++; // the \n
                    return done(length, tooLong);
                }
            }
        }

        private Line done(int length, boolean tooLong) {
            if (tooLong) {
                return new Line(null, null, true);
            }
            int n = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
            if (n > AanvraagInput.MAX_BYTES) {
                return new Line(null, null, true);
            }
            return new Line(Arrays.copyOf(line, n), null, false);
        }
    }

    private static final class CharSource implements Source {
        private final Reader in;
        private final char[] buffer = new char[1 << 14];
        private int position;
        private int limit;
        private final StringBuilder line = new StringBuilder();

        CharSource(Reader in) {
            this.in = in;
        }

        @Override
        public Line next() throws IOException {
            line.setLength(0);
            boolean tooLong = false;
            boolean any = false;
            while (true) {
                if (position == limit) {
                    limit = in.read(buffer);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        return any ? done(tooLong) : null;
                    }
                }
                any = true;
                int end = position;
                while (end < limit && buffer[end] != '\n') {
                    end++;
                }
                int take = end - position;
                // A char is at least one byte of UTF-8: more chars than KEEP is too long; the exact count is the parser's.
                if (!tooLong && line.length() + take > KEEP) {
                    tooLong = true;
                    line.setLength(0);
                }
                if (!tooLong) {
                    line.append(buffer, position, take);
                }
                position = end;
                if (end < limit) {
                    position++;
                    return done(tooLong);
                }
            }
        }

        private Line done(boolean tooLong) {
            int n = line.length() > 0 && line.charAt(line.length() - 1) == '\r' ? line.length() - 1 : line.length();
            if (tooLong || n > AanvraagInput.MAX_BYTES) {
                return new Line(null, null, true);
            }
            return new Line(null, line.substring(0, n), false);
        }
    }
}
