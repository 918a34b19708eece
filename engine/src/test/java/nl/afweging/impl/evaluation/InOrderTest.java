// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Tasks on worker threads, results in the order of the tasks, with at most 64 per thread in flight (so a batch of any
 * length needs the memory of a few hundred lines) and never fewer, so the workers stay busy.
 */
class InOrderTest {

    /** Hands out {@code n} tasks and records, each time one is asked for, how many were handed out and not yet taken. */
    private static final class Tasks implements Iterator<Callable<String>> {
        private final int n;
        private int handedOut;
        int taken;
        int mostInFlight;

        Tasks(int n) {
            this.n = n;
        }

        @Override
        public boolean hasNext() {
            return handedOut < n;
        }

        @Override
        public Callable<String> next() {
            mostInFlight = Math.max(mostInFlight, handedOut - taken);
            int i = handedOut++;
            return () -> i + "@" + Thread.currentThread().getName() + (Thread.currentThread().isDaemon() ? " (daemon)" : "");
        }
    }

    @Test
    void severalThreadsRunOnDaemonWorkersAndKeepTheOrderWithABoundedNumberInFlight() {
        Tasks tasks = new Tasks(1000);
        List<String> out = new ArrayList<>();
        long ran = InOrder.run(tasks, 2, r -> {
            tasks.taken++;
            out.add(r);
        });

        assertThat(ran).isEqualTo(1000);
        assertThat(out).extracting(r -> r.substring(0, r.indexOf('@'))).containsExactlyElementsOf(
                IntStream.range(0, 1000).mapToObj(Integer::toString).toList());
        assertThat(out).allSatisfy(r -> assertThat(r).endsWith("@afweging-werker (daemon)"));
        assertThat(tasks.mostInFlight).isEqualTo(2 * 64 - 1);
    }

    @Test
    void oneThreadRunsEachTaskHereOneAtATime() {
        Tasks tasks = new Tasks(100);
        List<String> out = new ArrayList<>();
        long ran = InOrder.run(tasks, 1, r -> {
            tasks.taken++;
            out.add(r);
        });

        assertThat(ran).isEqualTo(100);
        assertThat(out).first().isEqualTo("0@" + Thread.currentThread().getName()
                + (Thread.currentThread().isDaemon() ? " (daemon)" : ""));
        assertThat(tasks.mostInFlight).isZero();
    }

    @Test
    void aTaskThatThrowsStopsTheRunWithItsException() {
        for (int threads : new int[] {1, 2}) {
            Iterator<Callable<String>> unchecked = List.<Callable<String>>of(() -> "a", () -> {
                throw new IllegalArgumentException("kapot");
            }).iterator();
            assertThatThrownBy(() -> InOrder.run(unchecked, threads, r -> { }))
                    .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("kapot");

            Iterator<Callable<String>> checked = List.<Callable<String>>of(() -> {
                throw new IOException("weg");
            }).iterator();
            assertThatThrownBy(() -> InOrder.run(checked, threads, r -> { }))
                    .isExactlyInstanceOf(IllegalStateException.class).hasRootCauseInstanceOf(IOException.class)
                    .rootCause().hasMessage("weg");
        }
    }
}
