// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.afweging.Json;
import nl.afweging.model.Aanvraag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code genereer} end to end, in-process: the population on stdout or in a file, and its refusals. */
class GenereerCommandTest {

    @Test
    void writesValidReproducibleLinesOnStdout() {
        CliRun run = CliRun.of("genereer", "--aantal", "500", "--zaad", "7");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> regels = run.out().lines().toList();
        assertThat(regels).hasSize(500);
        assertThat(regels).allSatisfy(r -> assertThat(r).startsWith("{\"id\":\"G7-").doesNotContain(" "));
        regels.forEach(Json::readAanvraag);

        assertThat(CliRun.of("genereer", "--aantal", "500", "--zaad", "7", "--threads", "1").out()).isEqualTo(run.out());
        assertThat(CliRun.of("genereer", "--aantal", "500", "--zaad", "8").out()).isNotEqualTo(run.out());
    }

    @Test
    void gemeenteAndPeildatumShapeEveryLine() {
        CliRun run = CliRun.of("genereer", "--aantal", "300", "--zaad", "1", "--gemeente", "1728", "--gemeente", "0840",
                "--peildatum", "2027-02-01");
        assertThat(run.exit()).as(run.err()).isZero();
        List<Aanvraag> aanvragen = run.out().lines().map(Json::readAanvraag).toList();
        assertThat(aanvragen).extracting(Aanvraag::gemeente).containsOnly("1728", "0840").contains("1728", "0840");
        assertThat(aanvragen).allSatisfy(a -> {
            assertThat(a.wijk()).matches("WK" + a.gemeente() + "[0-9]{2}");
            assertThat(a.peildatum()).hasToString("2027-02-01");
        });
    }

    @Test
    void outWritesTheSameBytesToAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("populatie.jsonl");
        CliRun run = CliRun.of("genereer", "--aantal", "200", "--zaad", "3", "--out", file.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("200 aanvragen geschreven naar");
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo(CliRun.of("genereer", "--aantal", "200", "--zaad", "3").out());
    }

    @Test
    void aReaderThatStopsStopsTheDrawing() {
        // As `genereer --aantal 1000000000 | head`: stdout fails after a few lines, and genereer stops at once.
        OutputStream head = new OutputStream() {
            private long bytes;

            @Override
            public void write(int b) throws IOException {
                if (++bytes > 10_000) {
                    throw new IOException("Broken pipe");
                }
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long start = System.nanoTime();
        int exit = Main.run(new String[] {"genereer", "--aantal", "1000000000"}, InputStream.nullInputStream(),
                new PrintStream(head, false, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("stdout");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(30);
    }

    @Test
    void invalidOptionsExitTwoWithADutchMessageAndNoOutput() {
        for (String[] args : List.of(
                new String[] {"genereer", "--aantal", "0"},
                new String[] {"genereer", "--aantal", "5", "--gemeente", "172"},
                new String[] {"genereer", "--aantal", "5", "--gemeente", "WK1728"},
                new String[] {"genereer", "--aantal", "5", "--peildatum", "2025-12-31"},
                new String[] {"genereer", "--aantal", "5", "--peildatum", "1 maart"},
                new String[] {"genereer", "--aantal", "5", "--threads", "0"},
                new String[] {"genereer", "--aantal", "veel"},
                new String[] {"genereer"})) {
            CliRun run = CliRun.of(args);
            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.out()).as(String.join(" ", args)).isEmpty();
            assertThat(run.err()).as(String.join(" ", args)).isNotBlank();
        }
        assertThat(CliRun.of("genereer", "--aantal", "5", "--gemeente", "172").err()).contains("172");
        assertThat(CliRun.of("genereer", "--aantal", "0").err()).contains("minstens 1");
    }
}
