// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.afweging.model.Advies;
import nl.afweging.testkit.TestRules;
import org.junit.jupiter.api.Test;

/** {@link Engine#evaluateLines}: the batch call behind {@code decide --jsonl}. */
class BatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every fixture's aanvraag a line, with an invalid line and a blank line in between. */
    private static List<String> lines() throws Exception {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestEngines.root().resolve("fixtures"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                lines.add(JSON.readTree(f.toFile()).get("aanvraag").toString());
            }
        }
        lines.add(3, "{\"id\":\"x y\",\"wet\":\"WMO\"}");
        lines.add(7, "   ");
        return lines;
    }

    private static List<BatchLine> run(Engine engine, List<String> lines, int threads) {
        List<BatchLine> out = new ArrayList<>();
        long handedOut = engine.evaluateLines(new StringReader(String.join("\n", lines)), threads, out::add);
        assertThat(handedOut).isEqualTo(out.size());
        return out;
    }

    @Test
    void everyLineInInputOrderWithItsOwnNumberTheSameOnOneAndTwoThreads() throws Exception {
        Engine engine = TestEngines.standaard();
        List<String> lines = lines();
        List<BatchLine> one = run(engine, lines, 1);
        List<BatchLine> two = run(engine, lines, 2);

        assertThat(one).hasSize(lines.size()); // the blank line gives an error line: line N answers line N
        assertThat(two).isEqualTo(one);
        for (BatchLine line : one) {
            String input = lines.get((int) line.regelnummer() - 1);
            if (line.isAdvies()) {
                assertThat(line.json()).isEqualTo(engine.evaluateToJson(input));
                assertThat(line.fouten()).isEmpty();
            } else if (line.regelnummer() == 8) {
                assertThat(line.json()).isEqualTo("{\"fouten\":[{\"gevonden\":\"een lege regel\",\"pad\":\"\","
                        + "\"toegestaan\":\"één aanvraag als JSON-object op elke regel\"}],\"regel\":8}");
            } else {
                assertThat(line.regelnummer()).isEqualTo(4);
                JsonNode error = JSON.readTree(line.json());
                assertThat(error.get("regel").asLong()).isEqualTo(4);
                assertThat(error.get("fouten")).hasSize(line.fouten().size());
                assertThat(line.fouten()).extracting(f -> f.pad()).contains("/id", "/persoon", "/peildatum", "/hulpvraag");
            }
        }
        assertThat(one.stream().filter(l -> !l.isAdvies())).hasSize(2);
        assertThat(one).extracting(BatchLine::regelnummer).isEqualTo(Stream.iterate(1L, n -> n + 1).limit(lines.size()).toList());
    }

    @Test
    void eachAdviceIsInTheAuditTrailInInputOrderBeforeItsLineIsHandedOut() throws Exception {
        List<String> recorded = java.util.Collections.synchronizedList(new ArrayList<>());
        Engine engine = TestEngines.standaard().withAudit((aanvraag, advies) -> recorded.add(advies.aanvraagId()));
        List<String> lines = lines();
        List<Integer> recordsWhenHandedOut = new ArrayList<>();
        List<Advies> adviezen = new ArrayList<>();
        engine.evaluateLines(new StringReader(String.join("\n", lines)), 2, line -> {
            if (line.isAdvies()) {
                adviezen.add(line.advies());
                recordsWhenHandedOut.add(recorded.size());
            }
        });
        // The n-th advice was the n-th record, recorded when it was handed out; an invalid line records nothing.
        assertThat(recordsWhenHandedOut).isEqualTo(Stream.iterate(1, n -> n + 1).limit(adviezen.size()).toList());
        assertThat(recorded).isEqualTo(adviezen.stream().map(Advies::aanvraagId).toList());
        assertThat(adviezen).hasSizeLessThan(lines.size());
    }

    @Test
    void aTrailThatCannotRecordStopsTheBatchBeforeThatLineIsHandedOut() {
        List<BatchLine> handedOut = new ArrayList<>();
        Engine engine = TestEngines.standaard().withAudit((aanvraag, advies) -> {
            throw new AuditLogException("schijf vol");
        });
        assertThatThrownBy(() -> engine.evaluateLines(new StringReader(String.join("\n", lines())), 2, handedOut::add))
                .isInstanceOf(AuditLogException.class).hasMessage("schijf vol");
        assertThat(handedOut).noneMatch(BatchLine::isAdvies);
        assertThatThrownBy(() -> engine.evaluate(TestRules.numbered(1))).isInstanceOf(AuditLogException.class);
    }

    @Test
    void noThreadsIsRefused() {
        assertThatThrownBy(() -> TestEngines.standaard().evaluateLines(new StringReader(""), 0, l -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
