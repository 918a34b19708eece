package nl.afweging.bench;

import java.lang.ref.Reference;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.afweging.Engine;
import nl.afweging.Json;

/**
 * Run in a fresh JVM by {@link BenchMain}: how long the first load of the default rule set takes (class
 * loading and JIT included, as at application start), the heap it holds, and how long a second load takes
 * once the JVM is warm. Prints one JSON object on stdout.
 */
public final class ColdLoad {
    private static final double MB = 1024.0 * 1024.0;

    private ColdLoad() {}

    public static void main(String[] args) {
        long start = System.nanoTime();
        Engine engine = Engine.builder().build();
        double coldMs = (System.nanoTime() - start) / 1e6;

        double heapMb = usedHeapAfterGc() / MB;

        start = System.nanoTime();
        Engine reloaded = Engine.builder().build();
        double warmMs = (System.nanoTime() - start) / 1e6;

        Map<String, Object> result = new LinkedHashMap<>();
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
