package nl.afweging.impl.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;

/**
 * JSON Lines as tasks for {@link InOrder}: a line is read only when a worker asks for the next task, so a file of
 * any length is never held in memory. Blank lines are skipped, but counted, so a line number is the line in the
 * file.
 */
public final class JsonLines<T> implements Iterator<Callable<T>> {
    /** What to do with one line. */
    @FunctionalInterface
    public interface LineTask<T> {
        T run(long regelnummer, String line);
    }

    private final BufferedReader reader;
    private final LineTask<T> task;
    private long number;
    private String next;

    public JsonLines(BufferedReader reader, LineTask<T> task) {
        this.reader = reader;
        this.task = task;
        this.next = advance();
    }

    private String advance() {
        try {
            String line;
            do {
                line = reader.readLine();
                number++;
            } while (line != null && line.isBlank());
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
        String line = next;
        long regelnummer = number;
        next = advance();
        return () -> task.run(regelnummer, line);
    }
}
