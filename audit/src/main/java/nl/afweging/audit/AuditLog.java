// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import nl.afweging.AuditLogException;
import nl.afweging.AuditTrail;
import nl.afweging.Engine;
import nl.afweging.impl.audit.AuditLines;
import nl.afweging.impl.audit.AuditRecords;
import nl.afweging.impl.audit.CanonicalJson;
import nl.afweging.impl.audit.ChainCheck;
import nl.afweging.impl.audit.Signing;
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
 * {@link Anker#of} gives the head to keep elsewhere, so a cut tail shows too; {@link Verification#of} checks a log,
 * {@link Overzicht#of} counts how often its advice was followed.
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
}
