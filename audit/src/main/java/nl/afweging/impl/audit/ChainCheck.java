// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an audit log record by record, in one pass with constant memory (but for 8 bytes per advies, to know that a
 * besluit points at an earlier advies), and stops at the first record that breaks the chain. A record is intact when
 * its line ends with a newline, is valid UTF-8, is JSON without a repeated key, is byte for byte in canonical form
 * (so the hash covers exactly the bytes stored), matches its hash, has the next sequence number, names the previous
 * record's hash, holds no free text, is of a known kind, and carries a valid signature under the given key. A log
 * written before records were signed has no signatures: such records are counted, and allowed only before the first
 * signed one (which then vouches for them through its {@code vorigeHash}).
 */
public final class ChainCheck {
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']{0,40})'");

    private ChainCheck() {}

    /** Told every intact record, in order. */
    public interface Listener {
        void intact(long number, ObjectNode record);
    }

    /**
     * The outcome: how many records are intact, the first that is not (0 when none) and why, the last intact hash,
     * how many intact records are unsigned, whether signatures were checked, whether the break is a torn last line,
     * and the hash and signature of record {@code anchorNumber} when asked for and reached.
     */
    public record Result(long intact, long firstBroken, String problem, String lastHash, long unsigned, boolean signaturesChecked,
                         boolean tornTail, String anchorHash, String anchorSignature) {}

    /** A line read and checked on its own (not yet against its neighbours): the record, or why it is none. */
    public record Read(ObjectNode record, String problem) {}

    /** Checks one line on its own: complete, UTF-8, strict JSON, canonical, its hash, no free text, a known kind. */
    public static Read read(AuditLines.Line line) {
        if (!line.complete()) {
            return new Read(null, "de regel is onvolledig: een afgebroken schrijfactie (het log is niet aangepast)");
        }
        String text = line.strictText();
        if (text == null) {
            return new Read(null, "geen geldige UTF-8: het record is beschadigd of gewijzigd");
        }
        JsonNode node;
        try {
            node = CanonicalJson.READER.readTree(text);
        } catch (JsonProcessingException e) {
            Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
            return new Read(null, duplicate.find()
                    ? "het veld '" + duplicate.group(1) + "' staat twee keer in één object: het record is gewijzigd"
                    : "geen geldige JSON: het record is beschadigd of gewijzigd");
        }
        if (!(node instanceof ObjectNode record) || !record.path(AuditRecords.HASH).isTextual()) {
            return new Read(null, "geen auditrecord (geen JSON-object met een hash)");
        }
        if (!Arrays.equals(CanonicalJson.write(record).getBytes(StandardCharsets.UTF_8), line.bytes())) {
            return new Read(null, "niet in canonieke vorm (andere volgorde, spaties of schrijfwijze dan de schrijver gebruikt):"
                    + " het record is bewerkt");
        }
        if (!AuditRecords.hashOf(record).equals(record.get(AuditRecords.HASH).asText())) {
            return new Read(null, "de inhoud past niet bij de hash: het record is gewijzigd");
        }
        if (record.path("aanvraag").path("hulpvraag").has("omschrijving")) {
            return new Read(null, "het record bevat vrije tekst (hulpvraag.omschrijving); die hoort nooit in het auditlog");
        }
        if (AuditRecords.soort(record) == null) {
            return new Read(null, "onbekende soort record: " + record.get(AuditRecords.SOORT));
        }
        return new Read(record, null);
    }

    /** What is wrong with the link of a record read at position {@code number} after a record with hash {@code previousHash}. */
    public static String linkProblem(JsonNode record, long number, String previousHash) {
        if (record.path("volgnummer").asLong(-1) != number) {
            return "het volgnummer is " + record.path("volgnummer") + ", verwacht " + number
                    + ": er ontbreekt een record of de volgorde is veranderd";
        }
        String previous = record.path("vorigeHash").isTextual() ? record.get("vorigeHash").asText() : null;
        if (previous == null ? previousHash != null : !previous.equals(previousHash)) {
            return "vorigeHash past niet bij record " + (number - 1) + ": dat record is vervangen of er ontbreekt een record";
        }
        return null;
    }

    /** Whether the record carries a signature. */
    public static boolean isSigned(JsonNode record) {
        return record.has(AuditRecords.HANDTEKENING) || record.has(AuditRecords.SLEUTEL);
    }

    /** What is wrong with a signed record's signature under {@code key}; null when it holds. */
    public static String signatureProblem(JsonNode record, PublicKey key) {
        String fingerprint = Signing.fingerprint(key);
        String sleutel = record.path(AuditRecords.SLEUTEL).asText("");
        if (!sleutel.equals(fingerprint)) {
            return "ondertekend met een andere sleutel (" + shortKey(sleutel) + ", verwacht " + shortKey(fingerprint)
                    + "): het record is niet door de schrijver van dit log gemaakt, of met een andere sleutel";
        }
        if (!record.path(AuditRecords.HANDTEKENING).isTextual()
                || !Signing.verify(key, record.get(AuditRecords.HASH).asText(), record.get(AuditRecords.HANDTEKENING).asText())) {
            return "de handtekening klopt niet: het record is gewijzigd of opnieuw gehasht zonder de sleutel";
        }
        return null;
    }

    /** A key's fingerprint cut to a readable length. */
    public static String shortKey(String fingerprint) {
        return fingerprint.length() > 24 ? fingerprint.substring(0, 24) + "…" : fingerprint;
    }

    /**
     * Checks the whole log. {@code key} null checks everything but the signatures; {@code anchorNumber} 0 asks for no
     * anchor.
     */
    public static Result run(Path file, PublicKey key, long anchorNumber, LongConsumer progress, Listener listener) throws IOException {
        String previousHash = null;
        long intact = 0;
        long unsigned = 0;
        boolean seenSigned = false;
        String anchorHash = null;
        String anchorSignature = null;
        LongSet advies = new LongSet();
        LongSet decided = new LongSet();
        try (AuditLines lines = new AuditLines(file)) {
            while (lines.hasNext()) {
                AuditLines.Line line = lines.next();
                Read read = read(line);
                ObjectNode record = read.record();
                String problem = read.problem();
                if (problem == null) {
                    problem = linkProblem(record, line.number(), previousHash);
                }
                boolean signed = record != null && isSigned(record);
                if (problem == null) {
                    if (!signed) {
                        problem = seenSigned ? "niet ondertekend, terwijl eerdere records dat wel zijn: het record is zonder"
                                + " de sleutel toegevoegd of vervangen" : null;
                    } else if (key != null) {
                        problem = signatureProblem(record, key);
                    }
                }
                if (problem == null) {
                    problem = referenceProblem(record, advies, decided);
                }
                if (problem != null) {
                    return new Result(intact, line.number(), problem, previousHash, unsigned, key != null,
                            !line.complete(), anchorHash, anchorSignature);
                }
                if (signed) {
                    seenSigned = true;
                } else {
                    unsigned++;
                }
                previousHash = record.get(AuditRecords.HASH).asText();
                if (line.number() == anchorNumber) {
                    anchorHash = previousHash;
                    anchorSignature = record.path(AuditRecords.HANDTEKENING).asText(null);
                }
                intact++;
                listener.intact(line.number(), record);
                progress.accept(intact);
            }
        }
        return new Result(intact, 0, null, previousHash, unsigned, key != null, false, anchorHash, anchorSignature);
    }

    /** A besluit must point at an earlier advies of this log that has no besluit yet. */
    private static String referenceProblem(ObjectNode record, LongSet advies, LongSet decided) {
        AuditRecords.Soort soort = AuditRecords.soort(record);
        if (soort == AuditRecords.Soort.ADVIES) {
            advies.add(key(record.get(AuditRecords.HASH).asText()));
        } else if (soort == AuditRecords.Soort.BESLUIT) {
            long target = key(record.path("adviesHash").asText(""));
            if (!advies.contains(target)) {
                return "het besluit verwijst naar " + record.path("adviesHash").asText("(niets)")
                        + ", en dat is geen eerder adviesrecord van dit log";
            }
            if (!decided.add(target)) {
                return "over het advies " + record.path("adviesHash").asText() + " is al eerder een besluit vastgelegd";
            }
        }
        return null;
    }

    /** The first 8 bytes of a hash, as the key of a set (a collision only lets a wrong reference pass unnoticed). */
    private static long key(String hash) {
        String hex = hash.startsWith("sha256:") ? hash.substring(7) : hash;
        if (hex.length() < 16) {
            return hex.hashCode();
        }
        try {
            return HexFormat.fromHexDigits(hex, 0, 16);
        } catch (IllegalArgumentException e) {
            return hex.hashCode();
        }
    }

    /** An open-addressing set of longs: 8 bytes an advies, however long the log. */
    private static final class LongSet {
        private long[] slots = new long[1024];
        private boolean hasZero;
        private int size;

        boolean contains(long value) {
            if (value == 0) {
                return hasZero;
            }
            for (int i = index(value, slots.length); ; i = (i + 1) & (slots.length - 1)) {
                if (slots[i] == 0) {
                    return false;
                }
                if (slots[i] == value) {
                    return true;
                }
            }
        }

        boolean add(long value) {
            if (value == 0) {
                boolean added = !hasZero;
                hasZero = true;
                return added;
            }
            if (contains(value)) {
                return false;
            }
            if (2 * (size + 1) > slots.length) {
                long[] old = slots;
                slots = new long[old.length * 2];
                for (long v : old) {
                    if (v != 0) {
                        insert(v);
                    }
                }
            }
            insert(value);
            size++;
            return true;
        }

        private void insert(long value) {
            int i = index(value, slots.length);
            while (slots[i] != 0) {
                i = (i + 1) & (slots.length - 1);
            }
            slots[i] = value;
        }

        private static int index(long value, int length) {
            return (int) (value ^ (value >>> 32)) * 0x9E3779B9 >>> 1 & (length - 1);
        }
    }
}
