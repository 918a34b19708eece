// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import java.security.PublicKey;
import nl.afweging.audit.AuditLog;
import nl.afweging.Engine;
import nl.afweging.InvalidAanvraagException;
import nl.afweging.audit.Overzicht;
import nl.afweging.audit.Verification;
import nl.afweging.impl.audit.AuditLines;
import nl.afweging.impl.audit.CanonicalJson;
import nl.afweging.impl.contract.JsonSupport;
import nl.afweging.impl.evaluation.InOrder;
import nl.afweging.model.Aanvraag;
import nl.afweging.impl.constraints.Patroon;
import nl.afweging.model.Advies;

/**
 * Re-runs recorded cases and compares ({@code ./afweging replay}). A fixture folder (or one fixture) is replayed
 * with one rule set and compared on the fields its {@code verwacht} names; an audit log is first checked as
 * {@link Verification#of} does (with every signature when a {@link #sleutel} is given) and then replayed advies record
 * by advies record with the rule set recorded in it (found by hash among {@link RuleSets}) and compared on the whole
 * advies except {@code engineVersie}; the record that breaks the chain is reported as such
 * ({@link ReplayCase.Status#KETEN_GEBROKEN}), and the summary carries the overview of the besluiten in the log. Cases
 * run on several threads; results arrive in input order, with the
 * memory of a few hundred cases however long the log.
 */
public final class Replay {
    /** The aanvraag's id as the contract declares it (the {@link Patroon} on {@link Aanvraag#id()}). */
    private static final java.util.regex.Pattern SHOWABLE_ID = idPattern();

    /**
     * How many cases reproduced and how many did not (a difference, not replayable, or a record that breaks the chain);
     * for an audit log also its check and the overview of the professionals' decisions in it (null for fixtures).
     */
    public record Summary(long geslaagd, long mislukt, Overzicht auditlog) {
        /**
         * Counts without an audit log (fixtures).
         *
         * @param geslaagd how many cases reproduced
         * @param mislukt how many did not
         */
        public Summary(long geslaagd, long mislukt) {
            this(geslaagd, mislukt, null);
        }
    }

    private final RuleSets ruleSets;
    private int threads = Runtime.getRuntime().availableProcessors();
    private LongConsumer progress = n -> { };
    private PublicKey sleutel;

    private Replay(RuleSets ruleSets) {
        this.ruleSets = ruleSets;
    }

    /**
     * A replay with these rule sets, on every core.
     *
     * @param ruleSets the rule sets to replay with
     * @return the replay
     */
    public static Replay with(RuleSets ruleSets) {
        return new Replay(ruleSets);
    }

    /**
     * How many threads replay (at least one; default one per core).
     *
     * @param threads the number of threads
     * @return this replay
     */
    public Replay threads(int threads) {
        this.threads = Math.max(1, threads);
        return this;
    }

    /**
     * The public key of the audit log's writer: the chain is checked with every signature before a log is replayed.
     * Without it the chain is checked but not the signatures.
     *
     * @param sleutel the writer's public key
     * @return this replay
     */
    public Replay sleutel(PublicKey sleutel) {
        this.sleutel = sleutel;
        return this;
    }

    /**
     * Told how many cases are done, as they are.
     *
     * @param progress told the number of cases done
     * @return this replay
     */
    public Replay progress(LongConsumer progress) {
        this.progress = progress;
        return this;
    }

    /**
     * Replays a fixture folder, one fixture file or an audit log, handing each case to {@code sink} in input order.
     * Throws {@link IllegalArgumentException} when the path is none of these.
     *
     * @param path a fixture folder, a fixture file or an audit log
     * @param sink receives every case, in input order
     * @return the counts
     */
    public Summary run(Path path, Consumer<ReplayCase> sink) {
        long[] counts = new long[2];
        Consumer<ReplayCase> counting = c -> {
            if (c == null) {
                return; // a besluit or herstel record: nothing to replay
            }
            counts[c.isGeslaagd() ? 0 : 1]++;
            sink.accept(c);
            progress.accept(counts[0] + counts[1]);
        };
        if (Files.isDirectory(path)) {
            runFixtures(fixtureFiles(path), counting);
        } else if (isAuditLog(path)) {
            Overzicht overzicht = Overzicht.of(path, sleutel, n -> { });
            runAuditLog(path, overzicht.keten(), counting);
            return new Summary(counts[0], counts[1], overzicht);
        } else if (Files.isRegularFile(path)) {
            runFixtures(List.of(path), counting);
        } else {
            throw new IllegalArgumentException("Niet gevonden: " + path);
        }
        return new Summary(counts[0], counts[1]);
    }

    private void runFixtures(List<Path> files, Consumer<ReplayCase> sink) {
        Engine engine = ruleSets.primary();
        Iterator<Path> it = files.iterator();
        long[] number = {0};
        Iterator<Callable<ReplayCase>> tasks = new Iterator<>() {
            public boolean hasNext() {
                return it.hasNext();
            }

            public Callable<ReplayCase> next() {
                Path file = it.next();
                long n = ++number[0];
                return () -> fixture(n, file, engine);
            }
        };
        InOrder.run(tasks, threads, sink);
    }

    private static ReplayCase fixture(long number, Path file, Engine engine) {
        String naam = file.getFileName().toString();
        JsonNode fixture;
        try {
            fixture = JsonSupport.readTree(file.toFile());
        } catch (IOException e) {
            return ReplayCase.nietAfTeSpelen(number, naam, "geen geldige JSON: " + JsonSupport.describe(e));
        }
        if (fixture == null || !fixture.path("aanvraag").isObject() || !fixture.path("verwacht").isObject()) {
            return ReplayCase.nietAfTeSpelen(number, naam, "geen fixture: 'aanvraag' en 'verwacht' ontbreken");
        }
        Advies advies;
        try {
            advies = engine.evaluate(fixture.get("aanvraag").toString());
        } catch (InvalidAanvraagException e) {
            return ReplayCase.nietAfTeSpelen(number, naam, e.getMessage());
        }
        ObjectNode expected = ((ObjectNode) fixture.get("verwacht")).deepCopy();
        JsonNode expectedRules = expected.remove("regels");
        JsonNode actual = JsonSupport.valueToTree(advies);
        List<Verschil> diffs = new ArrayList<>();
        JsonNode expectedRegelset = expected.remove("regelset");
        if (expectedRegelset != null) {
            // Which version (and gemeente) advised, by name: a fixture outlives the hash of every edit of its version.
            JsonDiff.diff("/regelset/versie", expectedRegelset.get("versie"), actual.path("regelset").get("versie"), diffs);
            if (expectedRegelset.has("gemeente")) {
                JsonDiff.diff("/regelset/gemeente", expectedRegelset.get("gemeente"),
                        actual.path("regelset").path("gemeente").get("code"), diffs);
            }
        }
        expected.fieldNames().forEachRemaining(field -> JsonDiff.diff("/" + field, expected.get(field), actual.get(field), diffs));
        List<String> expectedIds = expectedRules == null ? advies.regelIds() : texts(expectedRules);
        return compared(number, naam, diffs, expectedIds, advies.regelIds());
    }

    private void runAuditLog(Path file, Verification keten, Consumer<ReplayCase> sink) {
        try (AuditLines lines = new AuditLines(file)) {
            Iterator<Callable<ReplayCase>> tasks = new Iterator<>() {
                public boolean hasNext() {
                    return lines.hasNext();
                }

                public Callable<ReplayCase> next() {
                    AuditLines.Line line = lines.next();
                    return () -> brokenOrNot(record(line), line, keten);
                }
            };
            InOrder.run(tasks, threads, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The case of the record that breaks the chain says so first, whatever its replay gives. */
    private static ReplayCase brokenOrNot(ReplayCase c, AuditLines.Line line, Verification keten) {
        if (line.number() != keten.eersteFout() || keten.afgebrokenStaart()) {
            return c;
        }
        String melding = "de keten is hier gebroken: " + keten.melding() + (c == null || c.melding() == null ? "" : "; " + c.melding());
        return new ReplayCase(line.number(), c == null ? "record " + line.number() : c.naam(), ReplayCase.Status.KETEN_GEBROKEN,
                c == null ? List.of() : c.verschillen(), c == null ? List.of() : c.nietMeerGevuurd(),
                c == null ? List.of() : c.nieuwGevuurd(), c == null ? List.of() : c.gevuurd(), melding);
    }

    private ReplayCase record(AuditLines.Line line) {
        String naam = "record " + line.number();
        if (!line.complete()) {
            return ReplayCase.nietAfTeSpelen(line.number(), naam, "de regel is onvolledig: een afgebroken schrijfactie");
        }
        JsonNode record;
        try {
            record = CanonicalJson.READER.readTree(line.text());
        } catch (IOException e) {
            return ReplayCase.nietAfTeSpelen(line.number(), naam, "geen geldige JSON; controleer het log met 'afweging audit verify'");
        }
        if (record != null && record.has("soort") && !"ADVIES".equals(record.path("soort").asText())) {
            return null; // a besluit or herstel: checked with the chain, nothing to replay
        }
        // Shown only as the contract allows an id, so a forged record cannot put escapes or a new line on a terminal.
        String id = record.path("aanvraag").path("id").asText("?");
        naam += " (aanvraag " + (SHOWABLE_ID.matcher(id).matches() ? id : "met een id die niet getoond kan worden") + ")";
        JsonNode regelset = record.path("regelset");
        Engine engine = ruleSets.forHash(regelset.path("hash").asText());
        if (engine == null) {
            return ReplayCase.nietAfTeSpelen(line.number(), naam, "de regelset " + regelset.path("naam").asText() + " "
                    + regelset.path("versie").asText() + " (" + regelset.path("hash").asText() + ") is niet beschikbaar;"
                    + " beschikbaar zijn: " + ruleSets.describe() + ". Geef de map met die regels mee met --rules DIR");
        }
        Advies advies;
        try {
            advies = engine.evaluate(record.path("aanvraag").toString());
        } catch (InvalidAanvraagException e) {
            return ReplayCase.nietAfTeSpelen(line.number(), naam, "de opgenomen aanvraag is niet (meer) geldig: " + e.getMessage());
        }
        ObjectNode expected = ((ObjectNode) record.path("advies")).deepCopy();
        ObjectNode actual = JsonSupport.valueToTree(advies);
        // The engine version says who computed the advice, not what it is; an upgrade alone is no difference.
        expected.remove("engineVersie");
        actual.remove("engineVersie");
        List<String> expectedIds = expected.path("regels").findValuesAsText("id");
        if (!expectedIds.equals(advies.regelIds())) {
            expected.remove("regels");
            actual.remove("regels");
        }
        List<Verschil> diffs = new ArrayList<>();
        JsonDiff.diff("", expected, actual, diffs);
        return compared(line.number(), naam, diffs, expectedIds, advies.regelIds());
    }

    private static ReplayCase compared(long number, String naam, List<Verschil> diffs, List<String> expectedIds, List<String> actualIds) {
        TreeSet<String> notAnyMore = new TreeSet<>(expectedIds);
        notAnyMore.removeAll(actualIds);
        TreeSet<String> added = new TreeSet<>(actualIds);
        added.removeAll(expectedIds);
        boolean same = diffs.isEmpty() && notAnyMore.isEmpty() && added.isEmpty();
        return new ReplayCase(number, naam, same ? ReplayCase.Status.GESLAAGD : ReplayCase.Status.VERSCHIL, diffs,
                List.copyOf(notAnyMore), List.copyOf(added), actualIds, null);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static List<Path> fixtureFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An audit log starts with a record: a JSON object with a volgnummer and a hash. */
    private static boolean isAuditLog(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (AuditLines lines = new AuditLines(file)) {
            if (!lines.hasNext()) {
                return file.getFileName().toString().endsWith(".jsonl");
            }
            JsonNode first = CanonicalJson.READER.readTree(lines.next().text());
            return first != null && first.has("volgnummer") && first.has("hash");
        } catch (IOException e) {
            return false;
        }
    }

    private static java.util.regex.Pattern idPattern() {
        java.lang.reflect.RecordComponent id = java.util.Arrays.stream(Aanvraag.class.getRecordComponents())
                .filter(c -> c.getName().equals("id")).findFirst().orElseThrow();
        return java.util.regex.Pattern.compile(id.getAnnotatedType().getAnnotation(Patroon.class).regex());
    }
}
