// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;
import nl.afweging.AuditLogException;
import nl.afweging.AuditTrail;
import nl.afweging.Engine;
import nl.afweging.impl.audit.AuditLines;
import nl.afweging.impl.audit.AuditRecords;
import nl.afweging.impl.audit.CanonicalJson;
import nl.afweging.impl.audit.ChainCheck;
import nl.afweging.impl.audit.Signing;
import nl.afweging.impl.contract.JsonSupport;
import nl.afweging.impl.support.Sha256;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Advies;
import nl.afweging.model.Niveau;

/**
 * An append-only, signed audit log: one JSON record a line. An advies record holds the aanvraag (without its free
 * text), the advies, the rule set and engine that made it; a besluit record the professional's decision on an advies
 * record; a herstel record what {@link #herstel()} moved out of the log. Every record carries the previous record's
 * hash, its own SHA-256 over its canonical JSON, and an Ed25519 signature over that hash under the writer's key, so
 * someone who can write the file but does not hold the key cannot change, remove, add or re-chain a record unseen;
 * {@link #anker} gives the head to keep elsewhere, so a cut tail shows too.
 *
 * <p>Every append writes under a lock held across threads and processes, and forces the record to disk before it
 * returns. A log whose last line is incomplete (a write cut off by a crash) or whose last record is not intact is
 * never written to or repaired by an append: it refuses. {@link #herstel()} moves a torn last line to a quarantine
 * file beside the log and records that it did; it never rewrites a complete record. Use it through
 * {@code Engine.builder().audit(AuditLog.at(path, keys))}, or on its own.
 */
public final class AuditLog implements AuditTrail {
    /** One lock per file within this JVM; the file lock below only excludes other processes. */
    private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    /**
     * Per file, the last record this JVM wrote, byte for byte, with the key that signed it: a tail that is still
     * exactly
     * those bytes was checked when it was written and needs no second check.
     */
    private static final ConcurrentHashMap<Path, Written> WRITTEN = new ConcurrentHashMap<>();

    private record Written(byte[] line, String fingerprint, Entry entry) {}

    private final Path file;
    private final KeyPair key;
    private final String fingerprint;
    private final Clock clock;

    private AuditLog(Path file, KeyPair key, Clock clock) {
        if (key == null || key.getPrivate() == null || key.getPublic() == null) {
            throw new IllegalArgumentException("een auditlog heeft een sleutelpaar nodig om te ondertekenen (zie AuditKeys)");
        }
        if (!Signing.matches(key)) {
            throw new IllegalArgumentException("geen bruikbaar Ed25519-sleutelpaar: de publieke sleutel hoort niet bij de privé-sleutel");
        }
        this.file = file.toAbsolutePath().normalize();
        this.key = key;
        this.fingerprint = Signing.fingerprint(key.getPublic());
        this.clock = clock;
    }

    /**
     * The log in this file, signed with this Ed25519 key pair (see {@link AuditKeys}); the file is created by the first
     * append. Keep the private key away from the log: whoever holds it can write records that verify.
     *
     * @param file the log file
     * @param key the key pair that signs every record
     * @return the log
     */
    public static AuditLog at(Path file, KeyPair key) {
        return at(file, key, Clock.systemUTC());
    }

    /**
     * As {@link #at(Path, KeyPair)}, with the clock that stamps each record's {@code tijdstip} (it decides nothing).
     *
     * @param file the log file
     * @param key the key pair that signs every record
     * @param clock the clock for {@code tijdstip}
     * @return the log
     */
    public static AuditLog at(Path file, KeyPair key, Clock clock) {
        return new AuditLog(file, key, clock);
    }

    /**
     * The log file.
     *
     * @return its path
     */
    public Path file() {
        return file;
    }

    /** What was appended: the record's sequence number and hash. */
    public record Entry(long volgnummer, String hash) {}

    /**
     * The last record now in the log ((0, null) when it is empty or not there), checked as an append checks it; throws
     * {@link AuditLogException} when an append would refuse. A batch tells from it where its records will begin.
     *
     * @return the last record's sequence number and hash
     */
    public Entry laatste() {
        if (!Files.exists(file)) {
            return new Entry(0, null);
        }
        return locked(channel -> checkedTail(channel, true));
    }

    /**
     * Appends the record of one advice and forces it to disk. Throws {@link AuditLogException} when it cannot.
     *
     * @param aanvraag the aanvraag as advised on
     * @param advies the advies given
     * @return the record's sequence number and hash
     */
    public Entry append(Aanvraag aanvraag, Advies advies) {
        ObjectNode body = AuditRecords.advies(aanvraag, advies);
        return locked(channel -> write(channel, checkedTail(channel, true), body));
    }

    /** The engine's way in ({@link nl.afweging.Engine.Builder#audit}): {@link #append}, the entry left out. */
    @Override
    public void record(Aanvraag aanvraag, Advies advies) {
        append(aanvraag, advies);
    }

    /**
     * Records the professional's decision on the advies in record {@code adviesHash} of this log: the level decided,
     * whether that follows the advice, and why ({@link BesluitReden#ADVIES_GEVOLGD} exactly when it does). Refuses
     * (AuditLogException) a hash that is no intact advies record of this log, an advies that already has a besluit,
     * and a reason that does not fit.
     *
     * @param adviesHash the hash of the advies record
     * @param besluit the level decided
     * @param reden why
     * @return the besluit record's sequence number and hash
     */
    public Entry besluit(String adviesHash, Niveau besluit, BesluitReden reden) {
        if (adviesHash == null || besluit == null || reden == null) {
            throw new IllegalArgumentException("adviesHash, besluit en reden zijn alle drie nodig");
        }
        return locked(channel -> {
            Entry last = checkedTail(channel, true);
            JsonNode advies = findAdvies(adviesHash.strip());
            Niveau geadviseerd = Niveau.valueOf(advies.path("advies").path("niveau").asText());
            if ((besluit == geadviseerd) != (reden == BesluitReden.ADVIES_GEVOLGD)) {
                throw new AuditLogException(besluit == geadviseerd
                        ? "het besluit " + besluit + " volgt het advies; de reden is dan ADVIES_GEVOLGD, niet " + reden
                        : "het besluit " + besluit + " wijkt af van het advies " + geadviseerd + "; geef de reden van de afwijking"
                          + " (ADVIES_GEVOLGD past niet)");
            }
            return write(channel, last, AuditRecords.besluit(advies, besluit, reden, Engine.versie()));
        });
    }

    /** What {@link #herstel()} did: the quarantine file, how many bytes it holds, and the herstel record. */
    public record Herstel(Path quarantaine, long bytes, Entry record) {}

    /**
     * Mends a log whose last line is torn (a write cut off by a crash): copies the incomplete bytes to a quarantine
     * file beside the log ({@code LOG.quarantaine-N}, N the number the record would have had), forces it to disk, cuts
     * them off the log, and appends a signed herstel record naming the file, its size and SHA-256. A complete record is
     * never rewritten: when the last complete record is not intact, it refuses (AuditLogException). Empty when there is
     * nothing to mend. Safe to repeat after a crash halfway: a quarantine file without its herstel record gets one.
     *
     * @return what was mended, or empty
     */
    public Optional<Herstel> herstel() {
        return locked(channel -> {
            AuditRecords.Tail tail = AuditRecords.tail(channel);
            Entry last = checkedRecord(tail.lastLine());
            Path quarantaine = quarantaine(last.volgnummer() + 1);
            byte[] torn;
            if (tail.isTorn()) {
                torn = AuditRecords.tornBytes(channel, tail);
                if (Files.exists(quarantaine) && !Arrays.equals(Files.readAllBytes(quarantaine), torn)) {
                    throw new AuditLogException(quarantaine + " bestaat al en bevat iets anders; kijk dat bestand eerst na."
                            + " Er is niets veranderd.");
                }
                if (!Files.exists(quarantaine)) {
                    try (FileChannel out = FileChannel.open(quarantaine, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                        ByteBuffer buffer = ByteBuffer.wrap(torn);
                        while (buffer.hasRemaining()) {
                            out.write(buffer);
                        }
                        out.force(true);
                    }
                }
                channel.truncate(tail.completeEnd());
                channel.force(true);
            } else if (Files.exists(quarantaine)) {
                torn = Files.readAllBytes(quarantaine);
            } else {
                return Optional.empty();
            }
            Entry record = write(channel, last, AuditRecords.herstel(quarantaine.getFileName().toString(), torn.length,
                    "sha256:" + Sha256.hex(torn), Engine.versie()));
            return Optional.of(new Herstel(quarantaine, torn.length, record));
        });
    }

    private Path quarantaine(long volgnummer) {
        return file.resolveSibling(file.getFileName() + ".quarantaine-" + volgnummer);
    }

    private Entry write(FileChannel channel, Entry last, ObjectNode body) throws IOException {
        ObjectNode record = AuditRecords.seal(body, last.volgnummer() + 1, clock.instant(), last.hash(), key);
        byte[] text = CanonicalJson.write(record).getBytes(StandardCharsets.UTF_8);
        ByteBuffer line = ByteBuffer.allocate(text.length + 1).put(text).put((byte) '\n').flip();
        long position = channel.size();
        while (line.hasRemaining()) {
            position += channel.write(line, position);
        }
        channel.force(true);
        Entry entry = new Entry(last.volgnummer() + 1, record.get(AuditRecords.HASH).asText());
        WRITTEN.put(file, new Written(text, fingerprint, entry));
        return entry;
    }

    private interface ChannelWork<T> {
        T run(FileChannel channel) throws IOException;
    }

    private <T> T locked(ChannelWork<T> work) {
        ReentrantLock lock = LOCKS.computeIfAbsent(file, f -> new ReentrantLock());
        lock.lock();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
             var fileLock = channel.lock()) {
            return work.run(channel);
        } catch (IOException e) {
            throw new AuditLogException(file + ": kan het auditlog niet bijwerken: " + e.getMessage());
        } finally {
            lock.unlock();
        }
    }

    /** The last record's number and hash, checked; (0, null) for an empty log. Refuses a torn or broken tail. */
    private Entry checkedTail(FileChannel channel, boolean refusePendingQuarantine) throws IOException {
        AuditRecords.Tail tail = AuditRecords.tail(channel);
        if (tail.isTorn()) {
            throw new AuditLogException(file + ": de laatste regel is onvolledig (een afgebroken schrijfactie). Er is niets"
                    + " toegevoegd en niets veranderd. Zet het onvolledige stuk apart met 'afweging audit herstel " + file
                    + "' en controleer het log met 'afweging audit verify'.");
        }
        Entry last = checkedRecord(tail.lastLine());
        if (refusePendingQuarantine && Files.exists(quarantaine(last.volgnummer() + 1))) {
            throw new AuditLogException(file + ": er ligt een quarantainebestand " + quarantaine(last.volgnummer() + 1).getFileName()
                    + " zonder herstelrecord (een herstel is halverwege afgebroken); er is niets toegevoegd. Voer 'afweging audit"
                    + " herstel " + file + "' opnieuw uit.");
        }
        return last;
    }

    /** The last complete record, checked on its own and its signature; (0, null) when there is none. */
    private Entry checkedRecord(byte[] lastLine) {
        if (lastLine == null) {
            return new Entry(0, null);
        }
        Written written = WRITTEN.get(file);
        if (written != null && written.fingerprint().equals(fingerprint) && Arrays.equals(written.line(), lastLine)) {
            return written.entry();
        }
        ChainCheck.Read read = ChainCheck.read(new AuditLines.Line(0, lastLine, true));
        if (read.problem() != null) {
            java.util.regex.Matcher number = java.util.regex.Pattern.compile("\"volgnummer\":(\\d{1,18})[,}]")
                    .matcher(new String(lastLine, StandardCharsets.UTF_8));
            throw new AuditLogException(file + ": het laatste record" + (number.find() ? " (record " + number.group(1) + ")" : "")
                    + ": " + read.problem() + "; er is niets toegevoegd."
                    + " Controleer het log met 'afweging audit verify'.");
        }
        ObjectNode record = read.record();
        long volgnummer = record.path("volgnummer").asLong();
        String hash = record.get(AuditRecords.HASH).asText();
        // Any signed tail not written here is checked now. An unsigned tail is a log from before signing (verify tells
        // whether unsigned records follow signed ones).
        if (ChainCheck.isSigned(record)) {
            String problem = ChainCheck.signatureProblem(record, key.getPublic());
            if (problem != null) {
                throw new AuditLogException(file + ": record " + volgnummer + " (het laatste): " + problem
                        + "; er is niets toegevoegd. Eén log, één sleutel: controleer het log met 'afweging audit verify'.");
            }
        }
        return new Entry(volgnummer, hash);
    }

    /** The intact advies record with this hash in this log, which has no besluit yet. */
    private JsonNode findAdvies(String adviesHash) throws IOException {
        String hex = adviesHash.startsWith("sha256:") ? adviesHash.substring(7) : adviesHash;
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new AuditLogException("'" + adviesHash.substring(0, Math.min(80, adviesHash.length())).replaceAll("[^\\x20-\\x7e]", "?")
                    + "' is geen recordhash (sha256: en 64 tekens 0-9a-f)");
        }
        String hash = "sha256:" + hex;
        byte[] needle = hex.getBytes(StandardCharsets.US_ASCII);
        JsonNode found = null;
        try (AuditLines lines = new AuditLines(file)) {
            while (lines.hasNext()) {
                AuditLines.Line line = lines.next();
                if (!line.complete() || !line.contains(needle)) {
                    continue;
                }
                ChainCheck.Read read = ChainCheck.read(line);
                if (read.record() == null) {
                    continue;
                }
                ObjectNode record = read.record();
                AuditRecords.Soort soort = AuditRecords.soort(record);
                if (soort == AuditRecords.Soort.ADVIES && hash.equals(record.get(AuditRecords.HASH).asText())) {
                    String problem = ChainCheck.isSigned(record) ? ChainCheck.signatureProblem(record, key.getPublic()) : null;
                    if (problem != null) {
                        throw new AuditLogException("record " + line.number() + " (het advies): " + problem);
                    }
                    found = record;
                } else if (soort == AuditRecords.Soort.BESLUIT && hash.equals(record.path("adviesHash").asText())) {
                    throw new AuditLogException("over het advies in record " + record.path("adviesVolgnummer").asLong()
                            + " is al een besluit vastgelegd (record " + line.number() + "); er is niets toegevoegd");
                }
            }
        }
        if (found == null) {
            throw new AuditLogException(file + " heeft geen adviesrecord met hash " + hash + "; er is niets toegevoegd");
        }
        return found;
    }

    /**
     * The outcome of checking a whole log: how many records are intact, and where the chain breaks first
     * ({@code eersteFout} 0 and {@code melding} null when every record is intact); how many intact records carry no
     * signature (records of a log written before signing, allowed only before the first signed one); whether signatures
     * were checked at all (only with a public key); and whether the break is a torn last line ({@code audit herstel}).
     */
    public record Verification(long intacteRecords, long eersteFout, String melding, String laatsteHash, long nietOndertekend,
                               boolean handtekeningenGecontroleerd, boolean afgebrokenStaart) {
        /**
         * True when every record is intact.
         *
         * @return whether the chain holds to the end
         */
        public boolean isIntact() {
            return eersteFout == 0;
        }

        /**
         * Intact, and proven by signatures under the given key: the last record is signed (it vouches for every earlier
         * one through the chain). Without a key, or for a log that is unsigned to its end, this is false.
         *
         * @return whether the log is proven by signatures
         */
        public boolean isBewezen() {
            return isIntact() && handtekeningenGecontroleerd && (intacteRecords == 0 || nietOndertekend < intacteRecords);
        }
    }

    /**
     * Checks the hash chain of a whole log, in order, with constant memory, without checking signatures.
     *
     * @param file the log file
     * @return the outcome
     */
    public static Verification verify(Path file) {
        return verify(file, null, null, n -> { });
    }

    /**
     * Checks every record of a log, and every signature under {@code key} (the writer's public key).
     *
     * @param file the log file
     * @param key the writer's public key
     * @return the outcome
     */
    public static Verification verify(Path file, PublicKey key) {
        return verify(file, key, null, n -> { });
    }

    /**
     * As {@link #verify(Path, PublicKey)}; with an {@code anker} (may be null) also that the log still holds the
     * anchored
     * record, so a cut tail shows; {@code progress} is told how many records have been read. {@code key} null checks
     * everything but the signatures.
     *
     * @param file the log file
     * @param key the writer's public key, or null
     * @param anker an anchor kept elsewhere, or null
     * @param progress told the number of records read
     * @return the outcome
     */
    public static Verification verify(Path file, PublicKey key, Anker anker, LongConsumer progress) {
        return check(file, key, anker, progress, (n, r) -> { }).verification();
    }

    private record Checked(Verification verification, ChainCheck.Result result) {}

    private static Checked check(Path file, PublicKey key, Anker anker, LongConsumer progress, ChainCheck.Listener listener) {
        ChainCheck.Result r;
        try {
            r = ChainCheck.run(file, key, anker == null ? 0 : anker.volgnummer(), progress, listener);
        } catch (IOException | RuntimeException e) {
            throw new AuditLogException(file + ": kan het log niet lezen: " + e.getMessage());
        }
        Verification v = new Verification(r.intact(), r.firstBroken(), r.problem(), r.lastHash(), r.unsigned(), r.signaturesChecked(), r.tornTail());
        if (anker != null && v.isIntact()) {
            if (r.intact() < anker.volgnummer()) {
                v = new Verification(r.intact(), r.intact() + 1, "het log is ingekort: het anker noemt record " + anker.volgnummer()
                        + " (" + anker.hash() + "), maar het log heeft er " + r.intact(), r.lastHash(), r.unsigned(), r.signaturesChecked(), false);
            } else if (!anker.hash().equals(r.anchorHash()) || (anker.handtekening() != null && !anker.handtekening().equals(r.anchorSignature()))) {
                v = new Verification(anker.volgnummer() - 1, anker.volgnummer(), "dit is niet het record van het anker (verwacht hash "
                        + anker.hash() + "): het log is na het anker herschreven", null, r.unsigned(), r.signaturesChecked(), false);
            }
        }
        return new Checked(v, r);
    }

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
    }

    /**
     * The anchor of a log: its last record, after checking the whole log (under {@code key}; null checks no signature).
     * Throws {@link AuditLogException} when the log is empty or not intact: a broken log is never anchored.
     *
     * @param file the log file
     * @param key the writer's public key, or null
     * @return the anchor of its last record
     */
    public static Anker anker(Path file, PublicKey key) {
        ObjectNode[] last = new ObjectNode[1];
        Checked checked = check(file, key, null, n -> { }, (n, r) -> last[0] = r);
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

    /**
     * Counts for one group of advice: how many adviezen, how many got a besluit, how many of those followed the advice,
     * and how many decided a higher or a lower level.
     */
    public record Telling(long adviezen, long besluiten, long gevolgd, long hoger, long lager) {
        Telling plus(long adviezen, long besluiten, long gevolgd, long hoger, long lager) {
            return new Telling(this.adviezen + adviezen, this.besluiten + besluiten, this.gevolgd + gevolgd, this.hoger + hoger,
                    this.lager + lager);
        }
    }

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
    }

    /**
     * Checks the log (as {@link #verify(Path, PublicKey, Anker, LongConsumer)}) and counts its intact records.
     *
     * @param file the log file
     * @param key the writer's public key, or null
     * @param progress told the number of records read
     * @return the counts
     */
    public static Overzicht overzicht(Path file, PublicKey key, LongConsumer progress) {
        long[] counts = new long[3];
        Map<Niveau, Telling> perNiveau = new EnumMap<>(Niveau.class);
        for (Niveau n : Niveau.values()) {
            perNiveau.put(n, new Telling(0, 0, 0, 0, 0));
        }
        Map<String, Telling> perRegel = new TreeMap<>();
        Map<BesluitReden, Long> redenen = new EnumMap<>(BesluitReden.class);
        Verification v = check(file, key, null, progress, (n, record) -> {
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
