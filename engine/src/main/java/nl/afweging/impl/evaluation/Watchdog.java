// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.evaluation;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounds the wall time of every evaluation under way, also inside a single firing: one daemon thread looks at them
 * every {@link #TICK_MILLIS} ms and marks each one past its deadline ({@link FiringTrace#expire()}); the evaluation
 * stops at its next listener call (a match, an insert, a change, the end of a firing) with the time guard's failure.
 *
 * <p>What it cannot do: Drools gives no way to stop code that is running. {@code KieSession.halt()} only stops
 * between firings (as the listener already does), and halting a pooled stateless session from another thread could
 * leave the halt on a session the next advice borrows. {@code Thread.interrupt()} wakes nothing, because no code a
 * rule may contain waits or blocks, and an interrupt landing in the engine's own file channels (the audit log) would
 * close them; {@code Thread.stop()} would leave the shared rule base and session pool in any state. So an action
 * that only computes (a loop of arithmetic or text) or a join that builds its combinations before the first match
 * runs until it ends or the JVM stops it (a StackOverflowError or OutOfMemoryError, which the evaluation then
 * reports as the rule's failure). For those the watchdog logs once, at WARN, which rule keeps the thread past its
 * limit. Issue 24, point 3 (a language whose cost is bounded by the facts) is what rules them out.
 */
final class Watchdog {
    static final long TICK_MILLIS = 10;
    private static final Logger LOG = LoggerFactory.getLogger(Watchdog.class);
    private static final Set<Watched> RUNNING = ConcurrentHashMap.newKeySet();
    private static volatile boolean started;

    /** An evaluation under way: its trace, the thread that runs it, and whether it was reported as stuck. */
    static final class Watched {
        final FiringTrace trace;
        final String thread;
        final String aanvraag;
        final long limit;
        boolean gemeld;

        private Watched(FiringTrace trace, String aanvraag, long limit) {
            this.trace = trace;
            this.thread = Thread.currentThread().getName();
            this.aanvraag = aanvraag;
            this.limit = limit;
        }
    }

    private Watchdog() {}

    /** Watches {@code trace} until {@link #release}; call both on the evaluating thread, release in a finally. */
    static Watched watch(FiringTrace trace, String aanvraag, long limitNanos) {
        if (!started) {
            start();
        }
        Watched watched = new Watched(trace, aanvraag, limitNanos);
        RUNNING.add(watched);
        return watched;
    }

    static void release(Watched watched) {
        RUNNING.remove(watched);
    }

    private static synchronized void start() {
        if (started) {
            return;
        }
        Thread thread = new Thread(Watchdog::run, "afweging-bewaking");
        thread.setDaemon(true);
        thread.start();
        started = true;
    }

    private static void run() {
        while (true) {
            try {
                TimeUnit.MILLISECONDS.sleep(TICK_MILLIS);
                check(System.nanoTime());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("De bewaking van de afwegingen faalde: {}", e.toString());
            }
        }
    }

    /** One look at every evaluation under way at {@code now}. */
    static void check(long now) {
        for (Watched w : RUNNING) {
            long over = now - w.trace.deadline;
            if (over > 0) {
                w.trace.expire();
                // Still running long after (a whole limit, at least 10 s): code that makes no listener call, which nothing stops.
                if (over > Math.max(w.limit, TimeUnit.SECONDS.toNanos(10)) && !w.gemeld) {
                    w.gemeld = true;
                    String rule = w.trace.firing();
                    LOG.warn("De afweging van aanvraag {} (thread {}) loopt {} ms over haar tijdgrens en is niet te onderbreken: {}",
                            w.aanvraag, w.thread, TimeUnit.NANOSECONDS.toMillis(over),
                            rule == null ? "de voorwaarden van de regels worden nog nagegaan" : "regel '" + rule + "' vuurt nog");
                }
            }
        }
    }
}
