// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.audit.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nl.afweging.impl.audit.AuditRecords;
import nl.afweging.impl.audit.CanonicalJson;
import nl.afweging.impl.audit.Signing;

/**
 * What someone who can write the log file does to it: change a record and re-chain everything after it (recomputing
 * every hash and link, so the hash chain alone is whole again), with the old signatures kept, stripped, or made with
 * another key.
 */
public final class AuditForgery {
    public enum Signatures { KEEP, STRIP }

    private final List<ObjectNode> records = new ArrayList<>();

    private AuditForgery(Path file) {
        try {
            for (String line : Files.readAllLines(file)) {
                records.add((ObjectNode) CanonicalJson.READER.readTree(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AuditForgery of(Path file) {
        return new AuditForgery(file);
    }

    public List<ObjectNode> records() {
        return records;
    }

    public AuditForgery change(int volgnummer, Consumer<ObjectNode> change) {
        change.accept(records.get(volgnummer - 1));
        return this;
    }

    public AuditForgery remove(int volgnummer) {
        records.remove(volgnummer - 1);
        return this;
    }

    public AuditForgery cut(int keep) {
        records.subList(keep, records.size()).clear();
        return this;
    }

    /** Renumbers and re-links every record from {@code from} on, recomputing each hash; signatures as asked. */
    public AuditForgery reChain(int from, Signatures signatures) {
        return reChain(from, signatures, null);
    }

    /** As {@link #reChain(int, Signatures)}, signing every re-chained record with {@code key} (someone else's). */
    public AuditForgery reChain(int from, KeyPair key) {
        return reChain(from, null, key);
    }

    private AuditForgery reChain(int from, Signatures signatures, KeyPair key) {
        for (int i = from - 1; i < records.size(); i++) {
            ObjectNode r = records.get(i);
            r.put("volgnummer", i + 1);
            r.put("vorigeHash", i == 0 ? null : records.get(i - 1).get("hash").asText());
            if (signatures == Signatures.STRIP) {
                r.remove("handtekening");
                r.remove("sleutel");
            } else if (key != null) {
                r.put("sleutel", Signing.fingerprint(key.getPublic()));
            }
            r.put("hash", AuditRecords.hashOf(r));
            if (key != null) {
                r.put("handtekening", Signing.sign(key.getPrivate(), r.get("hash").asText()));
            }
        }
        return this;
    }

    /** As a log written before records were signed: no soort, no key, no signature, hashed and chained as then. */
    public AuditForgery asOldUnsignedLog() {
        records.forEach(r -> r.remove("soort"));
        return reChain(1, Signatures.STRIP);
    }

    public void writeTo(Path file) {
        List<String> lines = records.stream().map(CanonicalJson::write).toList();
        try {
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
