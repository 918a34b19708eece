// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.afweging.Engine;
import nl.afweging.Json;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.HulpvraagSoort;
import nl.afweging.model.Leefgebied;
import nl.afweging.model.Veiligheid;
import nl.afweging.model.Wet;
import nl.afweging.testkit.TestKeys;
import nl.afweging.testkit.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight threads share one engine with one audit log: every advice equals the single-threaded one, the log holds exactly
 * one record per advice (with that advice's level), and the whole chain verifies with every signature. The default run
 * is 8 × {@code afweging.audit.perThread} (250); the profile {@code audit-volledig} runs 8 × 50,000.
 */
class AuditConcurrencyTest {
    private static final int THREADS = 8;
    private static final Pattern RECORD = Pattern.compile("\"aanvraagId\":\"c-(\\d+)\".*?\"menselijkeBeoordelingVereist\":true,\"niveau\":\"([A-Z_]+)\"");

    @TempDir
    Path dir;

    /** A varied, valid aanvraag for index {@code n}: always the same for the same n. */
    static Aanvraag aanvraag(int n) {
        Aanvraag.Builder b = Aanvraag.builder("c-" + n, LocalDate.of(2026, 3, 1), n % 7 == 0 ? Wet.JEUGDWET : Wet.WMO,
                        n % 7 == 0 ? 6 + n % 12 : 18 + n % 70)
                .soort(HulpvraagSoort.values()[n % HulpvraagSoort.values().length]);
        Leefgebied[] gebieden = Leefgebied.values();
        for (int k = 0; k < 1 + n % 4; k++) {
            b.zrm(gebieden[(n / 3 + 5 * k) % gebieden.length], 1 + (n / (k + 1)) % 5);
        }
        if (n % 97 == 0) {
            b.veiligheid(Veiligheid.ACUUT_ONVEILIG);
        }
        return b.build();
    }

    @Test
    void eightThreadsOneLogEveryAdviceOnceAndTheChainVerifies() throws Exception {
        int perThread = Integer.getInteger("afweging.audit.perThread", 250);
        int total = THREADS * perThread;
        Engine plain = TestRules.standard();
        byte[][] expected = new byte[total][];
        String[] expectedLevel = new String[total];
        for (int n = 0; n < total; n++) {
            var advies = plain.evaluate(aanvraag(n));
            expected[n] = sha256(Json.write(advies));
            expectedLevel[n] = advies.niveau().name();
        }

        Path file = dir.resolve("audit.jsonl");
        Engine audited = plain.withAudit(AuditLog.at(file, TestKeys.SCHRIJVER));
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<List<Integer>>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            work.add(pool.submit(() -> {
                List<Integer> different = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    int n = thread * perThread + i;
                    if (!Arrays.equals(sha256(Json.write(audited.evaluate(aanvraag(n)))), expected[n])) {
                        different.add(n);
                    }
                }
                return different;
            }));
        }
        List<Integer> different = new ArrayList<>();
        for (Future<List<Integer>> f : work) {
            different.addAll(f.get());
        }
        pool.shutdown();
        long appendMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(different).as("advice that differs from the single-threaded one").isEmpty();

        BitSet seen = new BitSet(total);
        long[] records = {0};
        List<String> wrong = new ArrayList<>();
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.forEach(line -> {
                records[0]++;
                Matcher m = RECORD.matcher(line);
                if (!m.find()) {
                    wrong.add("record " + records[0] + " names no aanvraag");
                    return;
                }
                int n = Integer.parseInt(m.group(1));
                if (seen.get(n)) {
                    wrong.add("aanvraag c-" + n + " twice");
                }
                seen.set(n);
                if (!m.group(2).equals(expectedLevel[n])) {
                    wrong.add("record of c-" + n + " holds " + m.group(2));
                }
            });
        }
        assertThat(wrong).isEmpty();
        assertThat(records[0]).isEqualTo(total);
        assertThat(seen.cardinality()).isEqualTo(total);

        long verifyStart = System.nanoTime();
        Verification v = Verification.of(file, TestKeys.SCHRIJVER.getPublic());
        long verifyMillis = (System.nanoTime() - verifyStart) / 1_000_000;
        assertThat(v.isBewezen()).as(String.valueOf(v)).isTrue();
        assertThat(v.intacteRecords()).isEqualTo(total);
        System.out.printf("AuditConcurrencyTest: %d advices on %d threads with one signed log in %d ms; verify %d ms%n",
                total, THREADS, appendMillis, verifyMillis);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
