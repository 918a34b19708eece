// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.afweging.Engine;
import nl.afweging.Json;

/**
 * Run in a fresh JVM by {@link LoadMeasurement}: how long the first load of the default rule set takes (class
 * loading and JIT included, as at application start). Without arguments: compiled as the library does by
 * default, then also a second load in the now warm JVM and the heap the engine holds. With a folder: through
 * that cache of compiled rule sets (compiling into it when it is empty). Prints one JSON object on stdout.
 *
 * <pre>java -cp afweging-bench.jar nl.afweging.bench.ColdLoad [CACHE-FOLDER]</pre>
 */
public final class ColdLoad {
    private static final double MB = 1024.0 * 1024.0;

    private ColdLoad() {}

    public static void main(String[] args) {
        Map<String, Object> result = new LinkedHashMap<>();
        if (args.length == 1) {
            long start = System.nanoTime();
            Engine engine = Engine.builder().cache(Path.of(args[0])).build();
            result.put("coldLoadMs", Math.round((System.nanoTime() - start) / 1e6));
            Reference.reachabilityFence(engine);
            System.out.println(Json.write(result));
            return;
        }
        long start = System.nanoTime();
        Engine engine = Engine.builder().build();
        double coldMs = (System.nanoTime() - start) / 1e6;

        double heapMb = usedHeapAfterGc() / MB;

        start = System.nanoTime();
        Engine reloaded = Engine.builder().build();
        double warmMs = (System.nanoTime() - start) / 1e6;

        result.put("coldLoadMs", Math.round(coldMs));
        result.put("warmLoadMs", Math.round(warmMs));
        result.put("heapAfterLoadMb", Math.round(heapMb * 10) / 10.0);
        System.out.println(Json.write(result));
        // The engines must stay reachable until here, or the heap figure would not include them.
        Reference.reachabilityFence(engine);
        Reference.reachabilityFence(reloaded);
    }

    /** Used heap once garbage is gone; several collections, because one may leave floating garbage. */
    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
