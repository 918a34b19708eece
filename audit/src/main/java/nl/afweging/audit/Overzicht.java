// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import nl.afweging.impl.audit.AuditRecords;
import nl.afweging.model.Niveau;

/**
 * How often advice was followed, counted over the intact records of a log: per advised level, per rule that fired
 * in
 * the advice, and the reasons given for departing from it (counts only; no aanvraag, no free text).
 */
public record Overzicht(Verification keten, long adviezen, long besluiten, long herstel, Map<Niveau, Telling> perNiveau,
                        Map<String, Telling> perRegel, Map<BesluitReden, Long> redenen) {
    /**
     * Keeps the three maps as unmodifiable sorted copies.
     *
     * @param keten the check of the chain
     * @param adviezen how many advies records
     * @param besluiten how many besluit records
     * @param herstel how many herstel records
     * @param perNiveau the counts per advised level
     * @param perRegel the counts per rule id that fired
     * @param redenen how often each reason for departing was given
     */
    public Overzicht {
        perNiveau = Collections.unmodifiableMap(new EnumMap<>(perNiveau));
        perRegel = Collections.unmodifiableMap(new TreeMap<>(perRegel));
        redenen = Collections.unmodifiableMap(new EnumMap<>(redenen));
    }

    /**
     * Checks the log (as {@link Verification#of(Path, PublicKey, Anker, LongConsumer)}) and counts its intact records.
     *
     * @param file the log file
     * @param key the writer's public key, or null
     * @param progress told the number of records read
     * @return the counts
     */
    public static Overzicht of(Path file, PublicKey key, LongConsumer progress) {
        long[] counts = new long[3];
        Map<Niveau, Telling> perNiveau = new EnumMap<>(Niveau.class);
        for (Niveau n : Niveau.values()) {
            perNiveau.put(n, new Telling(0, 0, 0, 0, 0));
        }
        Map<String, Telling> perRegel = new TreeMap<>();
        Map<BesluitReden, Long> redenen = new EnumMap<>(BesluitReden.class);
        Verification v = LogCheck.check(file, key, null, progress, (n, record) -> {
            switch (AuditRecords.soort(record)) {
                case ADVIES -> {
                    counts[0]++;
                    perNiveau.computeIfPresent(niveau(record.path("advies").path("niveau")), (k, t) -> t.plus(1, 0, 0, 0, 0));
                    record.path("advies").path("regels").forEach(r ->
                            perRegel.merge(r.path("id").asText(), new Telling(1, 0, 0, 0, 0), (a, b) -> a.plus(1, 0, 0, 0, 0)));
                }
                case BESLUIT -> {
                    counts[1]++;
                    Niveau geadviseerd = niveau(record.path("geadviseerdNiveau"));
                    Niveau besluit = niveau(record.path("besluit"));
                    long gevolgd = record.path("gevolgd").asBoolean() ? 1 : 0;
                    long hoger = besluit != null && geadviseerd != null && besluit.isHogerDan(geadviseerd) ? 1 : 0;
                    long lager = besluit != null && geadviseerd != null && geadviseerd.isHogerDan(besluit) ? 1 : 0;
                    if (geadviseerd != null) {
                        perNiveau.computeIfPresent(geadviseerd, (k, t) -> t.plus(0, 1, gevolgd, hoger, lager));
                    }
                    record.path("regels").forEach(r -> perRegel.merge(r.asText(), new Telling(0, 1, gevolgd, hoger, lager),
                            (a, b) -> a.plus(0, 1, gevolgd, hoger, lager)));
                    if (gevolgd == 0) {
                        try {
                            redenen.merge(BesluitReden.valueOf(record.path("reden").asText()), 1L, Long::sum);
                        } catch (IllegalArgumentException e) {
                            redenen.merge(BesluitReden.ANDERS, 1L, Long::sum);
                        }
                    }
                }
                case HERSTEL -> counts[2]++;
                default -> { }
            }
        }).verification();
        return new Overzicht(v, counts[0], counts[1], counts[2], perNiveau, perRegel, redenen);
    }


    private static Niveau niveau(JsonNode node) {
        try {
            return Niveau.valueOf(node.asText());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
