// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.simulatie;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import nl.afweging.Engine;
import nl.afweging.EvaluationException;
import nl.afweging.InvalidAanvraagException;
import nl.afweging.Json;
import nl.afweging.impl.contract.AanvraagInput;
import nl.afweging.impl.evaluation.InOrder;
import nl.afweging.impl.evaluation.JsonLines;
import nl.afweging.impl.simulatie.TellendeInvoer;
import nl.afweging.impl.simulatie.Telling;
import nl.afweging.impl.simulatie.Uitkomst;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Advies;
import nl.afweging.model.Fout;

/**
 * Runs a population of aanvragen (JSON Lines) through two engines, basis and kandidaat, and counts what changes:
 * niveaus and flows, spoed, verwijzingen, aandachtspunten, rules, the cost reference and bundling chances. Each line is
 * read once and advised by both engines on one worker; only counts are kept, so a population of any size takes the
 * memory of a few hundred lines.
 *
 * <pre>{@code
 * SimulatieRapport rapport = Simulatie.tussen(basis, kandidaat).threads(4).run(in);
 * }</pre>
 */
public final class Simulatie {
    /** Progress of a run: lines done and bytes read so far. Called on the calling thread, about every 1,000 lines. */
    @FunctionalInterface
    public interface Voortgang {
        /**
         * Reports progress.
         *
         * @param regels lines done
         * @param bytesGelezen bytes read
         */
        void meld(long regels, long bytesGelezen);
    }

    private final Engine basis;
    private final Engine kandidaat;
    private String basisNaam = "basis";
    private String kandidaatNaam = "kandidaat";
    private int threads = 1;
    private int bundelMinimum = 5;
    private int maxIds = 100;
    private Voortgang voortgang = (regels, bytes) -> { };

    private Simulatie(Engine basis, Engine kandidaat) {
        this.basis = Objects.requireNonNull(basis, "basis");
        this.kandidaat = Objects.requireNonNull(kandidaat, "kandidaat");
    }

    /**
     * A simulation of {@code kandidaat} against {@code basis}; both are used as they are (without an audit log, best).
     *
     * @param basis the engine with the current rules
     * @param kandidaat the engine with the changed rules
     * @return the simulation
     */
    public static Simulatie tussen(Engine basis, Engine kandidaat) {
        return new Simulatie(basis, kandidaat);
    }

    /**
     * How the report names both sides (default "basis" and "kandidaat"), such as {@code rules@2026.1}.
     *
     * @param basis the name of the basis
     * @param kandidaat the name of the kandidaat
     * @return this simulation
     */
    public Simulatie namen(String basis, String kandidaat) {
        this.basisNaam = Objects.requireNonNull(basis);
        this.kandidaatNaam = Objects.requireNonNull(kandidaat);
        return this;
    }

    /**
     * Threads, 1 to {@link Engine#maxThreads()} (default 1).
     *
     * @param threads the number of threads
     * @return this simulation
     */
    public Simulatie threads(int threads) {
        if (threads < 1 || threads > Engine.maxThreads()) {
            throw new IllegalArgumentException("threads moet van 1 tot en met " + Engine.maxThreads() + " zijn, niet " + threads);
        }
        this.threads = threads;
        return this;
    }

    /**
     * The smallest group that is a bundling chance (default 5).
     *
     * @param minimum the smallest group, at least 1
     * @return this simulation
     */
    public Simulatie bundel(int minimum) {
        if (minimum < 1) {
            throw new IllegalArgumentException("de kleinste groep voor een bundelkans is minstens 1, niet " + minimum);
        }
        this.bundelMinimum = minimum;
        return this;
    }

    /**
     * How many changed ids and invalid lines the report lists at most (default 100); it always gives the totals.
     *
     * @param max the most ids listed, at least 0
     * @return this simulation
     */
    public Simulatie maxIds(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("maxIds mag niet negatief zijn: " + max);
        }
        this.maxIds = max;
        return this;
    }

    /**
     * Told of the progress of a run (default: nobody).
     *
     * @param voortgang the listener
     * @return this simulation
     */
    public Simulatie voortgang(Voortgang voortgang) {
        this.voortgang = Objects.requireNonNull(voortgang);
        return this;
    }

    /**
     * Runs every line of {@code jsonLines} (UTF-8, one aanvraag a line) and returns the report. A line that is no
     * valid aanvraag, or that one side cannot advise on, is counted as invalid with its number and reason; the run
     * goes on. A read error is thrown as {@link UncheckedIOException}.
     *
     * @param jsonLines the population as JSON Lines
     * @return the report
     */
    public SimulatieRapport run(InputStream jsonLines) {
        TellendeInvoer in = new TellendeInvoer(jsonLines);
        Telling telling = new Telling(maxIds);
        long[] gedaan = {0};
        InOrder.run(JsonLines.of(in, this::both), threads, uitkomst -> {
            telling.add(uitkomst);
            if (++gedaan[0] % 1000 == 0) {
                voortgang.meld(gedaan[0], in.gelezen());
            }
        });
        voortgang.meld(gedaan[0], in.gelezen());
        return telling.rapport(basisNaam, kandidaatNaam, bundelMinimum, kandidaat.catalogus());
    }

    /**
     * Finds the aanvraag with this id in {@code jsonLines} and advises on it with both sides; empty when no valid line
     * has that id. Throws {@link EvaluationException} when a side cannot advise on it.
     *
     * @param jsonLines the population as JSON Lines
     * @param id the aanvraag's id
     * @return both advices, or empty
     */
    public Optional<Vergelijking> toon(InputStream jsonLines, String id) {
        Objects.requireNonNull(id, "id");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(jsonLines, StandardCharsets.UTF_8))) {
            long regel = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                regel++;
                // Only a line that mentions the id is worth parsing.
                if (!line.contains(id)) {
                    continue;
                }
                Aanvraag aanvraag;
                try {
                    aanvraag = Json.readAanvraag(line);
                } catch (InvalidAanvraagException e) {
                    continue;
                }
                if (aanvraag.id().equals(id)) {
                    return Optional.of(new Vergelijking(regel, aanvraag, basis.evaluate(aanvraag), kandidaat.evaluate(aanvraag)));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** On a worker: the line read once, advised by both sides. */
    private Uitkomst both(long regel, JsonLines.Line line) {
        try {
            String json = line.text();
            if (json.isBlank()) {
                return Uitkomst.ongeldig(regel, "een lege regel");
            }
            Aanvraag aanvraag = Json.readAanvraag(json);
            Advies b = basis.evaluate(aanvraag);
            Advies k = kandidaat.evaluate(aanvraag);
            return new Uitkomst(regel, aanvraag, b, k, null);
        } catch (AanvraagInput.Refused e) {
            return Uitkomst.ongeldig(regel, reden(e.fouten().lijst().isEmpty() ? null : e.fouten().lijst().get(0)));
        } catch (InvalidAanvraagException e) {
            return Uitkomst.ongeldig(regel, reden(e.fouten().isEmpty() ? null : e.fouten().get(0)));
        } catch (EvaluationException e) {
            return Uitkomst.ongeldig(regel, "geen advies: " + e.getMessage());
        }
    }

    private static String reden(Fout fout) {
        if (fout == null) {
            return "geen geldige aanvraag";
        }
        return (fout.pad().isEmpty() ? "" : fout.pad() + ": ") + fout.gevonden() + " (toegestaan: " + fout.toegestaan() + ")";
    }
}
