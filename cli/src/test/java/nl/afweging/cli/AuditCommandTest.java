package nl.afweging.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code decide --audit} writes the chain; {@code audit verify} names the first record that breaks it. */
class AuditCommandTest {
    @TempDir
    Path dir;

    private Path logOfThree() {
        Path log = dir.resolve("audit.jsonl");
        String example = CliRun.root().resolve("examples/aanvraag-wmo.json").toString();
        for (int i = 0; i < 3; i++) {
            assertThat(CliRun.of("decide", "--audit", log.toString(), example).exit()).isZero();
        }
        return log;
    }

    @Test
    void decideAppendsAndVerifyFindsTheChainIntact() throws Exception {
        Path log = logOfThree();
        CliRun run = CliRun.of("audit", "verify", log.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("3 records, de keten is intact").contains("sha256:");
        assertThat(Files.readString(log)).doesNotContain("omschrijving").doesNotContain("huur is twee maanden achter");
    }

    @Test
    void oneEditedByteIsNamedByItsRecordNumber() throws Exception {
        Path log = logOfThree();
        List<String> lines = Files.readAllLines(log);
        lines.set(1, lines.get(1).replace("\"spoed\":false", "\"spoed\":falsE"));
        Files.write(log, lines);

        CliRun run = CliRun.of("audit", "verify", log.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("record 2: geen geldige JSON").contains("Records 1 tot en met 1 zijn intact");
    }

    @Test
    void aTruncatedLastLineIsReportedAsATornWriteAndBlocksFurtherAppends() throws Exception {
        Path log = logOfThree();
        byte[] bytes = Files.readAllBytes(log);
        Files.write(log, Arrays.copyOf(bytes, bytes.length - 25));

        CliRun verify = CliRun.of("audit", "verify", log.toString());
        assertThat(verify.exit()).isEqualTo(1);
        assertThat(verify.out()).contains("record 3: de regel is onvolledig: een afgebroken schrijfactie");

        CliRun decide = CliRun.of("decide", "--audit", log.toString(), CliRun.root().resolve("examples/aanvraag-wmo.json").toString());
        assertThat(decide.exit()).isEqualTo(4);
        assertThat(decide.out()).isEmpty();
        assertThat(decide.err()).contains("onvolledig");
    }
}
