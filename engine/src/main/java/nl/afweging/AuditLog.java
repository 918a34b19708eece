package nl.afweging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;
import nl.afweging.impl.audit.AuditLines;
import nl.afweging.impl.audit.AuditRecords;
import nl.afweging.impl.audit.CanonicalJson;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Advies;

/**
 * An append-only audit log: one JSON record a line per advice, each holding the aanvraag (without its free
 * text), the advies, the rule set and engine that made it, and a hash chain (every record carries the previous
 * record's hash and its own SHA-256 over its canonical JSON), so a changed, removed or reordered record shows.
 *
 * <p>{@link #append} writes under a lock held across threads and processes, and forces the record to disk
 * before it returns. A log whose last line is incomplete (a write cut off by a crash) or whose last record
 * does not match its hash is never written to or repaired: {@link #append} refuses, and {@link #verify} names
 * the record. Use it through {@code Engine.builder().audit(AuditLog.at(path))}, or on its own.
 */
public final class AuditLog {
    /** One lock per file within this JVM; the file lock below only excludes other processes. */
    private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    private final Path file;
    private final Clock clock;

    private AuditLog(Path file, Clock clock) {
        this.file = file.toAbsolutePath().normalize();
        this.clock = clock;
    }

    /** The log in this file; the file is created by the first append. */
    public static AuditLog at(Path file) {
        return at(file, Clock.systemUTC());
    }

    /** As {@link #at(Path)}, with the clock that stamps each record's {@code tijdstip} (it decides nothing). */
    public static AuditLog at(Path file, Clock clock) {
        return new AuditLog(file, clock);
    }

    public Path file() {
        return file;
    }

    /** What was appended: the record's sequence number and hash. */
    public record Entry(long volgnummer, String hash) {}

    /** Appends the record of one advice and forces it to disk. Throws {@link AuditLogException} when it cannot. */
    public Entry append(Aanvraag aanvraag, Advies advies) {
        ReentrantLock lock = LOCKS.computeIfAbsent(file, f -> new ReentrantLock());
        lock.lock();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
             var fileLock = channel.lock()) {
            Entry last = lastEntry(channel);
            ObjectNode record = AuditRecords.create(last.volgnummer() + 1, clock.instant(), aanvraag, advies, last.hash());
            ByteBuffer line = ByteBuffer.wrap((CanonicalJson.write(record) + "\n").getBytes(StandardCharsets.UTF_8));
            long position = channel.size();
            while (line.hasRemaining()) {
                position += channel.write(line, position);
            }
            channel.force(true);
            return new Entry(last.volgnummer() + 1, record.get(AuditRecords.HASH).asText());
        } catch (AuditRecords.TornWriteException e) {
            throw new AuditLogException(file + ": de laatste regel is onvolledig (een afgebroken schrijfactie). Er is niets"
                    + " toegevoegd en niets hersteld; controleer het log met 'afweging audit verify' en begin zo nodig een nieuw log.");
        } catch (IOException e) {
            throw new AuditLogException(file + ": kan het auditrecord niet wegschrijven: " + e.getMessage());
        } finally {
            lock.unlock();
        }
    }

    /** The last record's number and hash, checked; (0, null) for an empty log. */
    private Entry lastEntry(FileChannel channel) throws IOException {
        String line = AuditRecords.lastLine(channel);
        if (line == null) {
            return new Entry(0, null);
        }
        JsonNode record = parse(line);
        if (record == null) {
            throw new AuditLogException(file + ": het laatste record is geen geldige JSON; er is niets toegevoegd."
                    + " Controleer het log met 'afweging audit verify'.");
        }
        long volgnummer = record.path("volgnummer").asLong();
        String problem = AuditRecords.problem(record, volgnummer, record.path("vorigeHash").isTextual() ? record.get("vorigeHash").asText() : null);
        if (problem != null) {
            throw new AuditLogException(file + ": record " + volgnummer + " (het laatste): " + problem
                    + "; er is niets toegevoegd. Controleer het log met 'afweging audit verify'.");
        }
        return new Entry(volgnummer, record.get(AuditRecords.HASH).asText());
    }

    /**
     * The outcome of checking a whole log: how many records are intact, and where the chain breaks first.
     * {@code eersteFout} is 0 and {@code melding} null when every record is intact.
     */
    public record Verification(long intacteRecords, long eersteFout, String melding, String laatsteHash) {
        public boolean isIntact() {
            return eersteFout == 0;
        }
    }

    /** Checks every record of a log, in order, with constant memory. */
    public static Verification verify(Path file) {
        return verify(file, n -> { });
    }

    /** As {@link #verify(Path)}, telling {@code progress} how many records have been read. */
    public static Verification verify(Path file, LongConsumer progress) {
        String previousHash = null;
        long intact = 0;
        try (AuditLines lines = new AuditLines(file)) {
            while (lines.hasNext()) {
                AuditLines.Line line = lines.next();
                JsonNode record = line.complete() ? parse(line.text()) : null;
                String problem = !line.complete() ? "de regel is onvolledig: een afgebroken schrijfactie (het log is niet aangepast)"
                        : record == null ? "geen geldige JSON: het record is beschadigd of gewijzigd"
                        : AuditRecords.problem(record, line.number(), previousHash);
                if (problem != null) {
                    return new Verification(intact, line.number(), problem, previousHash);
                }
                previousHash = record.get(AuditRecords.HASH).asText();
                intact++;
                progress.accept(intact);
            }
        } catch (IOException e) {
            throw new AuditLogException(file + ": kan het log niet lezen: " + e.getMessage());
        }
        return new Verification(intact, 0, null, previousHash);
    }

    private static JsonNode parse(String line) {
        try {
            return CanonicalJson.READER.readTree(line);
        } catch (IOException e) {
            return null;
        }
    }
}
