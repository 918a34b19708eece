// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.afweging.audit.AuditLog;
import nl.afweging.AuditLogException;
import nl.afweging.Engine;
import nl.afweging.Json;

/**
 * {@code POST /api/v1/adviezen/batch}: JSON Lines in, JSON Lines out, streamed and in input order: line N of the
 * answer is the advies on line N of the request, or {@code {"regel": N, "fouten": [...]}} (the contract's batch
 * output). Memory stays that of a few hundred lines however long the request. At most {@code maxBatchRegels} lines
 * (configuration): beyond them, one last line says the rest was not read. With an audit log, each advice's record is
 * on disk before its line is sent; when the log refuses, a last line says so and the batch stops.
 */
final class BatchHandler implements Handler {
    static final Set<String> TYPES = Set.of("application/x-ndjson", "application/jsonl", "application/json-lines");
    static final String TYPE = "application/x-ndjson";

    private final Routes.Onderdelen delen;

    BatchHandler(Routes.Onderdelen delen) {
        this.delen = delen;
    }

    @Override
    public void handle(Context ctx) throws IOException {
        if (!Verzoek.isType(ctx, TYPES)) {
            Routes.send(ctx, new Problem(Problem.GEEN_EIGEN_TYPE, "Verkeerd mediatype", 415,
                    "Stuur JSON Lines (één aanvraag per regel), met Content-Type: " + TYPE + "."));
            return;
        }
        Engine engine = delen.regels().huidig().orElse(null);
        if (engine == null) {
            Routes.send(ctx, Routes.nietGereed());
            return;
        }
        int maxRegels = delen.config().get().limieten().maxBatchRegels();
        AuditLog audit = delen.audit();
        // The batch's records are written by the engine, in input order, each before its line is handed out.
        Engine metRecords = audit == null ? engine : engine.withAudit(audit);
        ctx.status(200).contentType(TYPE);
        OutputStream out = ctx.res().getOutputStream();
        RegelGrens in = new RegelGrens(ctx.req().getInputStream(), maxRegels);
        long[] laatste = {0};
        try {
            metRecords.evaluateLines(in, Runtime.getRuntime().availableProcessors(), line -> {
                schrijf(out, line.json());
                laatste[0] = line.regelnummer();
                if (line.isAdvies()) {
                    delen.metingen().advies(line.advies().niveau());
                }
            });
            if (in.afgekapt()) {
                schrijf(out, Json.write(slotregel(maxRegels + 1, "meer dan " + maxRegels + " regels",
                        "hoogstens " + maxRegels + " regels per verzoek; stuur de rest in een volgend verzoek")));
            }
        } catch (AuditLogException e) {
            schrijf(out, Json.write(slotregel(laatste[0] + 1, "het auditlog weigert: " + e.getMessage(),
                    "een auditlog dat records aanneemt; de batch is hier gestopt")));
        }
        out.flush();
    }

    private static void schrijf(OutputStream out, String json) {
        try {
            out.write(json.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> slotregel(long regel, String gevonden, String toegestaan) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("regel", regel);
        line.put("fouten", List.of(Fouten.fout("", gevonden, toegestaan)));
        return line;
    }

    /** The request body up to its Nth line end; afterwards it ends, and says whether anything followed. */
    private static final class RegelGrens extends InputStream {
        private final InputStream in;
        private final int max;
        private int regels;
        private boolean afgekapt;

        RegelGrens(InputStream in, int max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            if (regels >= max) {
                return einde();
            }
            int b = in.read();
            if (b == '\n') {
                regels++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (regels >= max) {
                return einde();
            }
            int n = in.read(buffer, offset, length);
            for (int i = 0; i < n; i++) {
                if (buffer[offset + i] == '\n' && ++regels == max) {
                    // Bytes past the last allowed line end are not part of the batch.
                    afgekapt = i + 1 < n || in.read() != -1;
                    return i + 1;
                }
            }
            return n;
        }

        private int einde() throws IOException {
            if (!afgekapt && in.read() != -1) {
                afgekapt = true;
            }
            return -1;
        }

        boolean afgekapt() {
            return afgekapt;
        }
    }
}
