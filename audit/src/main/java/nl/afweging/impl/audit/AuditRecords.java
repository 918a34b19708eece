// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.security.KeyPair;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import nl.afweging.impl.contract.JsonSupport;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Advies;
import nl.afweging.audit.BesluitReden;
import nl.afweging.model.Niveau;

/**
 * The audit records, one canonical JSON object a line. Every record has a {@code soort} (ADVIES, BESLUIT, HERSTEL;
 * a record without one is an advies of a log written before there were other kinds), a sequence number, a
 * timestamp, the previous record's hash, the fingerprint of the key that signed it ({@code sleutel}), its own
 * SHA-256 over its canonical JSON without {@code hash} and {@code handtekening}, and the Ed25519 signature over that
 * hash ({@code handtekening}). An advies record holds the aanvraag without its free text, the advies, the rule set and
 * the engine; a besluit record the professional's decision on one advies record; a herstel record what a recovery
 * moved out of the log.
 */
public final class AuditRecords {
    public static final String HASH = "hash";
    public static final String HANDTEKENING = "handtekening";
    public static final String SLEUTEL = "sleutel";
    public static final String SOORT = "soort";

    /** The kinds of record. */
    public enum Soort { ADVIES, BESLUIT, HERSTEL }

    private AuditRecords() {}

    /** The kind of a record read back; null when its {@code soort} is not one of these. */
    public static Soort soort(JsonNode record) {
        JsonNode soort = record.get(SOORT);
        if (soort == null) {
            return Soort.ADVIES;
        }
        for (Soort s : Soort.values()) {
            if (s.name().equals(soort.asText()) && soort.isTextual()) {
                return s;
            }
        }
        return null;
    }

    /** The body of an advies record: what the engine read, what it advised, with which rules. */
    public static ObjectNode advies(Aanvraag aanvraag, Advies advies) {
        ObjectNode record = JsonSupport.createObjectNode();
        record.put(SOORT, Soort.ADVIES.name());
        record.set("aanvraag", pseudonymised(aanvraag));
        record.set("advies", JsonSupport.valueToTree(advies));
        record.set("regelset", JsonSupport.valueToTree(advies.regelset()));
        record.put("engineVersie", advies.engineVersie());
        return record;
    }

    /**
     * The body of a besluit record on an (intact) advies record: which record, what it advised and with which rules
     * (copied, so an overview needs no second pass), what was decided, whether that follows the advice, and why.
     */
    public static ObjectNode besluit(JsonNode adviesRecord, Niveau besluit, BesluitReden reden, String engineVersie) {
        Niveau geadviseerd = Niveau.valueOf(adviesRecord.path("advies").path("niveau").asText());
        ObjectNode record = JsonSupport.createObjectNode();
        record.put(SOORT, Soort.BESLUIT.name());
        record.put("adviesHash", adviesRecord.get(HASH).asText());
        record.put("adviesVolgnummer", adviesRecord.get("volgnummer").asLong());
        record.put("aanvraagId", adviesRecord.path("aanvraag").path("id").asText());
        record.put("geadviseerdNiveau", geadviseerd.name());
        ArrayNode regels = record.putArray("regels");
        adviesRecord.path("advies").path("regels").forEach(r -> regels.add(r.path("id").asText()));
        record.put("besluit", besluit.name());
        record.put("gevolgd", besluit == geadviseerd);
        record.put("reden", reden.name());
        record.put("engineVersie", engineVersie);
        return record;
    }

    /** The body of a herstel record: the quarantine file (its name, beside the log), how many bytes it holds, their hash. */
    public static ObjectNode herstel(String quarantaine, long bytes, String sha256, String engineVersie) {
        ObjectNode record = JsonSupport.createObjectNode();
        record.put(SOORT, Soort.HERSTEL.name());
        record.put("quarantaine", quarantaine);
        record.put("bytes", bytes);
        record.put("sha256", sha256);
        record.put("engineVersie", engineVersie);
        return record;
    }

    /** Completes a body into a record: number, time, link, key, hash and signature. */
    public static ObjectNode seal(ObjectNode body, long volgnummer, Instant tijdstip, String vorigeHash, KeyPair key) {
        body.put("volgnummer", volgnummer);
        body.put("tijdstip", tijdstip.truncatedTo(ChronoUnit.MILLIS).toString());
        body.put("vorigeHash", vorigeHash);
        body.put(SLEUTEL, Signing.fingerprint(key.getPublic()));
        String hash = hashOf(body);
        body.put(HASH, hash);
        body.put(HANDTEKENING, Signing.sign(key.getPrivate(), hash));
        return body;
    }

    /** The SHA-256 over the canonical JSON of the record without {@code hash} and {@code handtekening}. */
    public static String hashOf(JsonNode record) {
        ObjectNode body = ((ObjectNode) record).deepCopy();
        body.remove(HASH);
        body.remove(HANDTEKENING);
        return CanonicalJson.sha256(body);
    }

    /**
     * The aanvraag as the engine read it (defaults filled in), without {@code hulpvraag.omschrijving} and without
     * optional fields it did not have (no {@code null}s), so the record's aanvraag is a valid aanvraag itself.
     */
    static JsonNode pseudonymised(Aanvraag aanvraag) {
        ObjectNode tree = JsonSupport.valueToTree(aanvraag);
        ((ObjectNode) tree.get("hulpvraag")).remove("omschrijving");
        withoutNulls(tree);
        return tree;
    }

    private static void withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().removeIf(field -> field.getValue().isNull());
            object.forEach(AuditRecords::withoutNulls);
        } else if (node.isArray()) {
            node.forEach(AuditRecords::withoutNulls);
        }
    }

    /**
     * The end of an open log: the last complete line (null when there is none), where the complete lines end, and
     * the file's size. Bytes after the last newline are a torn write ({@link #isTorn}), which must be looked at
     * ({@code audit herstel}), never written over.
     */
    public record Tail(byte[] lastLine, long completeEnd, long size) {
        public boolean isTorn() {
            return completeEnd < size;
        }
    }

    /** Reads the tail of the log backwards from its end, with the memory of one line. */
    public static Tail tail(FileChannel channel) throws IOException {
        long size = channel.size();
        long lastNewline = previousNewline(channel, size);
        if (lastNewline < 0) {
            return new Tail(null, 0, size);
        }
        long before = previousNewline(channel, lastNewline);
        int length = (int) Math.min(Integer.MAX_VALUE - 16, lastNewline - before - 1);
        ByteBuffer line = ByteBuffer.allocate(length);
        while (line.hasRemaining()) {
            if (channel.read(line, before + 1 + line.position()) < 0) {
                break;
            }
        }
        return new Tail(line.array(), lastNewline + 1, size);
    }

    /** The bytes of the torn tail (from {@code completeEnd} to the end). */
    public static byte[] tornBytes(FileChannel channel, Tail tail) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer chunk = ByteBuffer.allocate(1 << 16);
        long at = tail.completeEnd();
        while (at < tail.size()) {
            chunk.clear();
            int n = channel.read(chunk, at);
            if (n < 0) {
                break;
            }
            out.write(chunk.array(), 0, n);
            at += n;
        }
        return out.toByteArray();
    }

    /** The position of the last newline before {@code end}, or -1. */
    private static long previousNewline(FileChannel channel, long end) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(1 << 16);
        long start = end;
        while (start > 0) {
            int length = (int) Math.min(chunk.capacity(), start);
            chunk.clear().limit(length);
            channel.read(chunk, start - length);
            for (int i = length - 1; i >= 0; i--) {
                if (chunk.get(i) == '\n') {
                    return start - length + i;
                }
            }
            start -= length;
        }
        return -1;
    }
}
