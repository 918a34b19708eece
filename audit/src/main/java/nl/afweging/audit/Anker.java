// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.security.PublicKey;
import nl.afweging.AuditLogException;
import nl.afweging.impl.audit.AuditRecords;
import nl.afweging.impl.audit.CanonicalJson;
import nl.afweging.impl.contract.JsonSupport;

/**
 * The head of a log, to keep somewhere the log's writer cannot reach (the gemeente's DMS, a second system): the
 * number
 * of records, the last hash and its signature. {@code verify} with this anchor then shows any cut tail, and any
 * rewrite of the records up to it.
 */
public record Anker(long volgnummer, String hash, String handtekening, String sleutel, String tijdstip) {
    /**
     * One line of canonical JSON.
     *
     * @return the anchor as one line of JSON
     */
    public String toJson() {
        ObjectNode node = JsonSupport.createObjectNode();
        node.put("volgnummer", volgnummer);
        node.put("hash", hash);
        node.put("handtekening", handtekening);
        node.put("sleutel", sleutel);
        node.put("tijdstip", tijdstip);
        return CanonicalJson.write(node);
    }

    /**
     * Reads an anchor written by {@link #toJson}; throws {@link IllegalArgumentException} when it is none.
     *
     * @param json a line written by {@link #toJson}
     * @return the anchor
     */
    public static Anker parse(String json) {
        JsonNode node;
        try {
            node = CanonicalJson.READER.readTree(json.strip());
        } catch (IOException e) {
            throw new IllegalArgumentException("het anker is geen geldige JSON");
        }
        if (node == null || !node.path("volgnummer").canConvertToLong() || node.path("volgnummer").asLong() < 1
                || !node.path("hash").asText("").matches("sha256:[0-9a-f]{64}")) {
            throw new IllegalArgumentException("geen anker: een volgnummer (1 of meer) en een hash (sha256:...) zijn nodig");
        }
        return new Anker(node.get("volgnummer").asLong(), node.get("hash").asText(), node.path("handtekening").asText(null),
                node.path("sleutel").asText(null), node.path("tijdstip").asText(null));
    }

    /**
     * The anchor of a log: its last record, after checking the whole log (under {@code key}; null checks no signature).
     * Throws {@link AuditLogException} when the log is empty or not intact: a broken log is never anchored.
     *
     * @param file the log file
     * @param key the writer's public key, or null
     * @return the anchor of its last record
     */
    public static Anker of(Path file, PublicKey key) {
        ObjectNode[] last = new ObjectNode[1];
        LogCheck.Checked checked = LogCheck.check(file, key, null, n -> { }, (n, r) -> last[0] = r);
        Verification v = checked.verification();
        if (!v.isIntact()) {
            throw new AuditLogException(file + ": record " + v.eersteFout() + ": " + v.melding() + ". Een log dat niet intact is,"
                    + " krijgt geen anker.");
        }
        if (last[0] == null) {
            throw new AuditLogException(file + ": het log is leeg; er is niets te verankeren");
        }
        return new Anker(last[0].get("volgnummer").asLong(), last[0].get(AuditRecords.HASH).asText(),
                last[0].path(AuditRecords.HANDTEKENING).asText(null), last[0].path(AuditRecords.SLEUTEL).asText(null),
                last[0].path("tijdstip").asText(null));
    }
}
