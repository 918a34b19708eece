// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import java.util.Map;
import nl.afweging.Json;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Leefgebied;

/**
 * The inputs every benchmark cycles through: the same seeded aanvragen, generated before measuring, so
 * generation never counts and every implementation sees the same mix.
 */
public final class BenchData {
    public static final long SEED = 20260101L;
    /** A power of two, so a cursor wraps with a mask; large enough that branch predictors cannot learn it. */
    public static final int SIZE = 4096;

    private BenchData() {}

    public static Aanvraag[] aanvragen() {
        return AanvraagGenerator.generate(SEED, SIZE).toArray(Aanvraag[]::new);
    }

    public static String[] json(Aanvraag[] aanvragen) {
        String[] json = new String[aanvragen.length];
        for (int i = 0; i < aanvragen.length; i++) {
            json[i] = Json.write(aanvragen[i]);
        }
        return json;
    }

    /** The ZRM scores of each aanvraag (0 to 13 leefgebieden), the ladder benchmarks' input. */
    @SuppressWarnings("unchecked")
    public static Map<Leefgebied, Integer>[] zrm(Aanvraag[] aanvragen) {
        Map<Leefgebied, Integer>[] zrm = new Map[aanvragen.length];
        for (int i = 0; i < aanvragen.length; i++) {
            zrm[i] = aanvragen[i].zrm();
        }
        return zrm;
    }
}
