// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.evaluation;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs a stream of tasks on several threads and hands the results on in the order of the tasks, with a bounded
 * number in flight: a million tasks need the memory of a few hundred, and both cores stay busy while the
 * output keeps the input's order.
 */
public final class InOrder {
    private static final int IN_FLIGHT_PER_THREAD = 64;

    private InOrder() {}

    /** Runs every task; returns how many ran. A task that throws stops the run with that exception. */
    public static <T> long run(Iterator<? extends Callable<T>> tasks, int threads, Consumer<? super T> sink) {
        if (threads <= 1) {
            return runHere(tasks, sink);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(runnable, "afweging-werker");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<T>> inFlight = new ArrayDeque<>();
        long count = 0;
        try {
            while (tasks.hasNext()) {
                inFlight.add(pool.submit(tasks.next()));
                if (inFlight.size() >= threads * IN_FLIGHT_PER_THREAD) {
                    sink.accept(take(inFlight));
                    count++;
                }
            }
            while (!inFlight.isEmpty()) {
                sink.accept(take(inFlight));
                count++;
            }
            return count;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> long runHere(Iterator<? extends Callable<T>> tasks, Consumer<? super T> sink) {
        long count = 0;
        while (tasks.hasNext()) {
            try {
                sink.accept(tasks.next().call());
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            count++;
        }
        return count;
    }

    private static <T> T take(ArrayDeque<Future<T>> inFlight) {
        try {
            return inFlight.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("onderbroken", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
