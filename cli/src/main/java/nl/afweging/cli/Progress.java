// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import java.io.PrintStream;

/**
 * A count on stderr for long runs, rewritten in place a few times a second, only when stderr is a terminal
 * (the launcher tells, with {@code -Dafweging.tty=true}): piped or logged runs stay quiet.
 */
final class Progress implements AutoCloseable {
    private static final long INTERVAL_NANOS = 250_000_000L;

    private final PrintStream err;
    private final String unit;
    private final boolean shown;
    private long last = System.nanoTime();
    private boolean written;

    Progress(PrintStream err, String unit) {
        this.err = err;
        this.unit = unit;
        this.shown = Boolean.getBoolean("afweging.tty");
    }

    void update(long count) {
        if (shown && System.nanoTime() - last >= INTERVAL_NANOS) {
            last = System.nanoTime();
            err.print("\r  " + count + " " + unit + "...");
            err.flush();
            written = true;
        }
    }

    /** Shows this text instead of a bare count (such as a rate and the time left). */
    void toon(String tekst) {
        if (shown && System.nanoTime() - last >= INTERVAL_NANOS) {
            last = System.nanoTime();
            err.print("\r\033[K  " + tekst + "...");
            err.flush();
            written = true;
        }
    }

    /** Clears the line, so what follows starts clean. */
    @Override
    public void close() {
        if (written) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
