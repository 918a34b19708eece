// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.afweging.Engine;
import nl.afweging.InvalidAanvraagException;
import nl.afweging.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code curl} examples of docs/dienst.md, run as written (with curl, from the repository root) against a running service
 * with a real adviseur key: the first gets the library's advies, the second problem+json with every problem.
 */
class CurlExamplesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path map;

    @Test
    void theServicePagesCurlExamplesWorkAsWritten() throws Exception {
        List<String> curls = curlCommands(Files.readString(Http.root().resolve("docs/dienst.md")));
        assertThat(curls).hasSize(2);
        try (Dienst dienst = Dienst.start(map)) {
            Engine engine = Engine.builder().build();

            String advies = run(curls.get(0), dienst);
            assertThat(advies).isEqualTo(Json.write(engine.evaluate(Files.readString(Http.root().resolve("examples/aanvraag-wmo.json")))));

            JsonNode probleem = MAPPER.readTree(run(curls.get(1), dienst));
            assertThat(probleem.get("status").asInt()).isEqualTo(400);
            String ongeldig = Files.readString(Http.root().resolve("examples/ongeldig/04-leeftijd-130-en-min-1.json"));
            InvalidAanvraagException verwacht = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidAanvraagException.class,
                    () -> engine.evaluate(ongeldig));
            assertThat(probleem.get("fouten")).hasSize(verwacht.fouten().size()).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    /** Every {@code $ curl ...} of the page's first section, with its continuation lines joined. */
    private static List<String> curlCommands(String page) {
        String section = page.substring(0, page.indexOf("\n## "));
        List<String> commands = new ArrayList<>();
        String[] lines = section.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("$ curl ")) {
                StringBuilder command = new StringBuilder(lines[i].substring(2));
                while (command.toString().endsWith("\\")) {
                    command.setLength(command.length() - 1);
                    command.append(' ').append(lines[++i].strip());
                }
                commands.add(command.toString());
            }
        }
        return commands;
    }

    private static String run(String curl, Dienst dienst) throws Exception {
        assertThat(curl).contains("http://localhost:8080/", "$ADVISEUR");
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", curl.replace("localhost:8080", "localhost:" + dienst.service.port()))
                .directory(Http.root().toFile()).redirectError(ProcessBuilder.Redirect.INHERIT);
        // The key as the reader sets it: a shell variable, so it is not in the command as written.
        builder.environment().put("ADVISEUR", dienst.sleutel(Rol.ADVISEUR));
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return out;
    }
}
