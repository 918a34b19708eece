// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.simulatie;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes a population block by block: each block of lines is drawn and written into its own buffer, on as many
 * threads as asked, and the buffers go out in block order. Since every line depends only on the seed and its
 * number, the bytes are the same for any number of threads. At most two blocks per thread are in memory.
 */
public final class Blokken {
    static final int REGELS_PER_BLOK = 4096;

    private Blokken() {}

    public static void schrijf(Trekker trekker, long aantal, int threads, OutputStream out) throws IOException {
        if (threads <= 1) {
            JsonRegel regel = new JsonRegel();
            for (long begin = 0; begin < aantal; begin += REGELS_PER_BLOK) {
                blok(trekker, begin, Math.min(aantal, begin + REGELS_PER_BLOK), regel);
                regel.naar(out);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "genereer");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<JsonRegel>> wachtrij = new ArrayDeque<>();
            long volgende = 0;
            while (volgende < aantal || !wachtrij.isEmpty()) {
                while (volgende < aantal && wachtrij.size() < 2 * threads) {
                    long begin = volgende;
                    long eind = Math.min(aantal, begin + REGELS_PER_BLOK);
                    wachtrij.add(pool.submit(() -> blok(trekker, begin, eind, new JsonRegel())));
                    volgende = eind;
                }
                wachtrij.poll().get().naar(out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Onderbroken tijdens het genereren", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static JsonRegel blok(Trekker trekker, long begin, long eind, JsonRegel regel) {
        regel.leeg();
        for (long i = begin; i < eind; i++) {
            regel.schrijf(trekker.trek(i));
        }
        return regel;
    }
}
