// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import nl.afweging.audit.AuditKeys;
import nl.afweging.audit.AuditLog;
import nl.afweging.audit.Verification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line killed with SIGKILL while it appends under load ({@code decide --jsonl --audit}), several times in a
 * row on one log. After every kill: verify accepts every complete record and reports at most one torn tail, every
 * output line that got out has its record on disk (the n-th output line is record start + n), {@code audit herstel}
 * mends the tail, nothing complete is lost, and the next run appends. {@code afweging.crash.rondes} kills (3; the profile
 * {@code audit-volledig} does 10). A kill cannot tear one write; in the last round, when no kill did, the record in flight
 * is torn as a power cut would, so the recovery runs too.
 */
class AuditCrashTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int LINES = 4000;

    @TempDir
    Path dir;

    @Test
    void killedWhileAppendingVerifyAcceptsEveryCompleteRecordAndHerstelMendsTheTail() throws Exception {
        int rounds = Integer.getInteger("afweging.crash.rondes", 3);
        Path log = dir.resolve("audit.jsonl");
        var publicKey = AuditKeys.readOrCreate(AuditKeys.defaultFile()).getPublic();
        ObjectNode example = (ObjectNode) MAPPER.readTree(CliRun.root().resolve("examples/aanvraag-wmo.json").toFile());
        Random random = new Random(10);
        int torn = 0;
        long herstelRecords = 0;

        for (int round = 1; round <= rounds; round++) {
            StringBuilder input = new StringBuilder();
            for (int i = 0; i < LINES; i++) {
                input.append(MAPPER.writeValueAsString(example.deepCopy().put("id", "r" + round + "-" + i))).append('\n');
            }
            Path batch = Files.writeString(dir.resolve("batch-" + round + ".jsonl"), input);
            long start = Verification.of(log.toFile().exists() ? log : Files.createFile(log), publicKey).intacteRecords();
            Path out = dir.resolve("out-" + round);
            Path err = dir.resolve("err-" + round);

            Process cli = new ProcessBuilder(javaCommand("decide", "--jsonl", "--threads", "2", "--audit", log.toString(), batch.toString()))
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            long target = start + 100 + random.nextInt(400);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (countNewlines(log) < target && cli.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            Thread.sleep(random.nextInt(30));
            assertThat(cli.isAlive()).as("the batch still runs when it is killed (stderr: " + Files.readString(err) + ")").isTrue();
            cli.destroyForcibly(); // SIGKILL
            assertThat(cli.waitFor(30, TimeUnit.SECONDS)).isTrue();

            // SIGKILL cannot tear one write(2); a power cut can tear the record in flight. In the last round, when no kill tore
            // a tail, tear the last record as a power cut would: only one whose output line never got out.
            if (round == rounds && torn == 0 && completeLines(out).size() < countNewlines(log) - start) {
                byte[] whole = Files.readAllBytes(log);
                int lineStart = lastNewline(Arrays.copyOf(whole, whole.length - 1)) + 1;
                Files.write(log, Arrays.copyOf(whole, lineStart + 1 + random.nextInt(whole.length - lineStart - 2)));
            }
            byte[] bytes = Files.readAllBytes(log);
            int completeEnd = lastNewline(bytes) + 1;
            byte[] complete = Arrays.copyOf(bytes, completeEnd);
            long completeRecords = countNewlines(log);
            Verification v = Verification.of(log, publicKey);
            if (completeEnd == bytes.length) {
                assertThat(v.isBewezen()).as(String.valueOf(v)).isTrue();
                assertThat(v.intacteRecords()).isEqualTo(completeRecords);
            } else {
                torn++;
                assertThat(v.afgebrokenStaart()).as(String.valueOf(v)).isTrue();
                assertThat(v.intacteRecords()).isEqualTo(completeRecords);
                assertThat(v.eersteFout()).isEqualTo(completeRecords + 1);
            }

            // Where this run's records begin, as it said on stderr; every output line that got out has its record.
            assertThat(Files.readString(err)).contains("de records van deze run volgen op record " + start + ".");
            List<String> lines = Files.readAllLines(log);
            List<String> output = completeLines(out);
            assertThat((long) output.size()).isLessThanOrEqualTo(completeRecords - start);
            for (int i = 0; i < output.size(); i++) {
                String id = "r" + round + "-" + i;
                assertThat(MAPPER.readTree(output.get(i)).get("aanvraagId").asText()).isEqualTo(id);
                JsonNode record = MAPPER.readTree(lines.get((int) start + i));
                assertThat(record.get("volgnummer").asLong()).isEqualTo(start + i + 1);
                assertThat(record.get("aanvraag").get("id").asText()).isEqualTo(id);
            }

            CliRun herstel = CliRun.of("audit", "herstel", log.toString());
            assertThat(herstel.exit()).as(herstel.err()).isZero();
            if (completeEnd < bytes.length) {
                herstelRecords++;
                assertThat(herstel.out()).contains("quarantaine-" + (completeRecords + 1));
            } else {
                assertThat(herstel.out()).contains("niets te herstellen");
            }
            // Nothing complete was lost or changed.
            assertThat(Arrays.copyOf(Files.readAllBytes(log), completeEnd)).isEqualTo(complete);
            assertThat(Verification.of(log, publicKey).isBewezen()).isTrue();
        }

        String example1 = CliRun.root().resolve("examples/aanvraag-wmo.json").toString();
        assertThat(CliRun.of("decide", "--audit", log.toString(), example1).exit()).isZero();
        CliRun verify = CliRun.of("audit", "verify", log.toString());
        assertThat(verify.exit()).as(verify.out()).isZero();
        assertThat(CliRun.of("audit", "overzicht", log.toString()).out()).contains(herstelRecords == 0 ? "adviezen" : herstelRecords + " keer hersteld");
        System.out.printf("AuditCrashTest: %d kills, %d torn tails, log of %d records%n", rounds, torn,
                Verification.of(log, publicKey).intacteRecords());
    }

    private static List<String> javaCommand(String... args) {
        String modules = System.getProperty("jdk.module.path", "");
        String classes = System.getProperty("java.class.path", "");
        String path = modules.isEmpty() ? classes : classes.isEmpty() ? modules : modules + File.pathSeparator + classes;
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", path));
        for (String property : List.of("afweging.cache", "afweging.cachesleutel", AuditKeys.PROPERTY)) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.add("nl.afweging.cli.Main");
        command.addAll(List.of(args));
        return command;
    }

    private static long countNewlines(Path file) throws java.io.IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        long n = 0;
        for (byte b : Files.readAllBytes(file)) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }

    private static int lastNewline(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The lines of a file that ended with a newline (a killed writer may leave half a line). */
    private static List<String> completeLines(Path file) throws java.io.IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, 0, lastNewline(bytes) + 1, StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : text.lines().toList();
    }
}
