package nl.afweging.impl.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import nl.afweging.impl.contract.JsonSupport;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Advies;

/**
 * The audit record: the aanvraag without its free text, the advies, the rule set and engine that made it, a
 * timestamp, a sequence number, the previous record's hash and its own SHA-256 over its canonical JSON
 * without the {@code hash} field. One canonical JSON object a line.
 */
public final class AuditRecords {
    public static final String HASH = "hash";

    private AuditRecords() {}

    /** A new record, hashed; {@code vorigeHash} is null for the first record of a log. */
    public static ObjectNode create(long volgnummer, Instant tijdstip, Aanvraag aanvraag, Advies advies, String vorigeHash) {
        ObjectNode record = JsonSupport.createObjectNode();
        record.put("volgnummer", volgnummer);
        record.put("tijdstip", tijdstip.truncatedTo(ChronoUnit.MILLIS).toString());
        record.set("aanvraag", pseudonymised(aanvraag));
        record.set("advies", JsonSupport.valueToTree(advies));
        record.set("regelset", JsonSupport.valueToTree(advies.regelset()));
        record.put("engineVersie", advies.engineVersie());
        record.put("vorigeHash", vorigeHash);
        record.put(HASH, CanonicalJson.sha256(record));
        return record;
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
     * What is wrong with a record read back at position {@code volgnummer}, following a record whose hash was
     * {@code vorigeHash}; null when it is intact.
     */
    public static String problem(JsonNode record, long volgnummer, String vorigeHash) {
        if (record == null || !record.isObject() || !record.path(HASH).isTextual()) {
            return "geen auditrecord (geen JSON-object met een hash)";
        }
        ObjectNode withoutHash = ((ObjectNode) record).deepCopy();
        withoutHash.remove(HASH);
        if (!CanonicalJson.sha256(withoutHash).equals(record.get(HASH).asText())) {
            return "de inhoud past niet bij de hash: het record is gewijzigd";
        }
        if (record.path("volgnummer").asLong(-1) != volgnummer) {
            return "het volgnummer is " + record.path("volgnummer") + ", verwacht " + volgnummer
                    + ": er ontbreekt een record of de volgorde is veranderd";
        }
        String previous = record.path("vorigeHash").isTextual() ? record.get("vorigeHash").asText() : null;
        if (previous == null ? vorigeHash != null : !previous.equals(vorigeHash)) {
            return "vorigeHash past niet bij record " + (volgnummer - 1)
                    + ": dat record is vervangen of er ontbreekt een record";
        }
        if (record.path("aanvraag").path("hulpvraag").has("omschrijving")) {
            return "het record bevat vrije tekst (hulpvraag.omschrijving); die hoort nooit in het auditlog";
        }
        return null;
    }

    /**
     * The last complete line of an open log, read backwards from the end; null for an empty file. Throws
     * when the file does not end with a newline: a torn write that must be looked at, never written over.
     */
    public static String lastLine(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0) {
            return null;
        }
        ByteBuffer one = ByteBuffer.allocate(1);
        channel.read(one, size - 1);
        if (one.get(0) != '\n') {
            throw new TornWriteException();
        }
        long start = size - 1;
        ByteBuffer chunk = ByteBuffer.allocate(1 << 16);
        ByteArrayOutputStream reversed = new ByteArrayOutputStream();
        while (start > 0) {
            int length = (int) Math.min(chunk.capacity(), start);
            chunk.clear().limit(length);
            channel.read(chunk, start - length);
            for (int i = length - 1; i >= 0; i--) {
                if (chunk.get(i) == '\n') {
                    return text(reversed);
                }
                reversed.write(chunk.get(i));
            }
            start -= length;
        }
        return text(reversed);
    }

    private static String text(ByteArrayOutputStream reversed) {
        byte[] bytes = reversed.toByteArray();
        for (int i = 0, j = bytes.length - 1; i < j; i++, j--) {
            byte t = bytes[i];
            bytes[i] = bytes[j];
            bytes[j] = t;
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The log's last line has no newline: a write was cut off. */
    public static final class TornWriteException extends IOException {
        TornWriteException() {
            super("torn write");
        }
    }
}
