// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.afweging.impl.contract.JsonSupport;
import nl.afweging.testkit.TestKeys;

/**
 * A log written record by record as the writer seals them, without an engine: bodies of one field or two are enough
 * for what the chain check reads (kind, number, link, hash, signature, the advies a besluit points at).
 */
final class AuditChain {
    private final List<ObjectNode> records = new ArrayList<>();

    static ObjectNode advies() {
        return JsonSupport.createObjectNode().put(AuditRecords.SOORT, "ADVIES");
    }

    static ObjectNode besluit(String adviesHash) {
        return JsonSupport.createObjectNode().put(AuditRecords.SOORT, "BESLUIT").put("adviesHash", adviesHash);
    }

    /** Seals the body as the next record, signed with the writer's key. */
    String add(ObjectNode body) {
        return add(body, TestKeys.SCHRIJVER);
    }

    /** Seals the body as the next record, signed with {@code key}; null: unsigned, as a log before signatures was. */
    String add(ObjectNode body, KeyPair key) {
        String previous = records.isEmpty() ? null : records.get(records.size() - 1).get(AuditRecords.HASH).asText();
        ObjectNode record;
        if (key == null) {
            // As seal does it, without a key (and without the cost of signing, for a long log).
            record = body.put("volgnummer", records.size() + 1).put("tijdstip", "2026-01-01T10:00:00Z").put("vorigeHash", previous);
            record.put(AuditRecords.HASH, AuditRecords.hashOf(record));
        } else {
            record = AuditRecords.seal(body, records.size() + 1, Instant.parse("2026-01-01T10:00:00Z"), previous, key);
        }
        records.add(record);
        return record.get(AuditRecords.HASH).asText();
    }

    ObjectNode record(int volgnummer) {
        return records.get(volgnummer - 1);
    }

    Path writeTo(Path file) {
        StringBuilder text = new StringBuilder();
        records.forEach(r -> text.append(CanonicalJson.write(r)).append('\n'));
        try {
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
