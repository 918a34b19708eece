// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.simulatie;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import nl.afweging.impl.simulatie.Blokken;
import nl.afweging.impl.simulatie.Gemeenten;
import nl.afweging.impl.simulatie.Trekker;
import nl.afweging.model.Aanvraag;

/**
 * A synthetic population of aanvragen, for simulation and load tests: drawn from a seed, so the same seed and
 * options always give the same aanvragen and the same bytes, on any machine and any number of threads. How each
 * field is spread, and where the figures come from, is in docs/populatie.md. Every aanvraag is valid by the
 * contract; the ids are pseudonyms ({@code G<zaad>-<nummer>}), never anything like a BSN.
 *
 * <pre>
 * Populatie.builder().aantal(100_000).zaad(7).build().schrijf(out);   // JSON Lines
 * Populatie.builder().aantal(1_000).zaad(7).gemeenten(List.of("1728")).build().aanvragen().forEach(...);
 * </pre>
 */
public final class Populatie {
    /** No peildatum before this day: the rule set's first version starts on it. */
    public static final LocalDate EERSTE_PEILDATUM = Trekker.EERSTE_PEILDATUM;

    private final long aantal;
    private final List<String> gemeenten;
    private final Trekker trekker;

    private Populatie(Builder b) {
        this.aantal = b.aantal;
        this.gemeenten = List.copyOf(b.gemeenten);
        this.trekker = new Trekker(b.zaad, gemeenten, b.peildatum);
    }

    /**
     * Without {@link Builder#gemeenten}: Amsterdam, Rotterdam, 's-Gravenhage, Utrecht, Eindhoven and Bladel.
     *
     * @return the CBS codes of the default gemeenten
     */
    public static List<String> standaardGemeenten() {
        return Gemeenten.STANDAARD;
    }

    /**
     * A builder; only {@code aantal} must be set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * How many aanvragen the population has.
     *
     * @return the number
     */
    public long aantal() {
        return aantal;
    }

    /**
     * The gemeenten the aanvragen are spread over.
     *
     * @return their CBS codes
     */
    public List<String> gemeenten() {
        return gemeenten;
    }

    /**
     * Aanvraag number {@code i}, from 0 to {@link #aantal()} − 1; it does not depend on any other.
     *
     * @param i the number of the aanvraag
     * @return the aanvraag
     */
    public Aanvraag aanvraag(long i) {
        if (i < 0 || i >= aantal) {
            throw new IndexOutOfBoundsException("Aanvraag " + i + " bestaat niet: de populatie telt er " + aantal + ".");
        }
        return trekker.trek(i);
    }

    /**
     * Every aanvraag, in order; drawn as it is read, so a large population takes no memory.
     *
     * @return the aanvragen
     */
    public Stream<Aanvraag> aanvragen() {
        return LongStream.range(0, aantal).mapToObj(trekker::trek);
    }

    /**
     * Writes the population as JSON Lines (one compact aanvraag a line, UTF-8) on all cores. The stream is not
     * closed nor flushed.
     *
     * @param out where the lines go
     * @throws IOException when writing fails
     */
    public void schrijf(OutputStream out) throws IOException {
        schrijf(out, Runtime.getRuntime().availableProcessors());
    }

    /**
     * As {@link #schrijf(OutputStream)}, on {@code threads} threads; the bytes are the same for any number.
     *
     * @param out where the lines go
     * @param threads how many threads draw, at least 1
     * @throws IOException when writing fails
     */
    public void schrijf(OutputStream out, int threads) throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("Minstens 1 thread, niet " + threads + ".");
        }
        Blokken.schrijf(trekker, aantal, threads, Objects.requireNonNull(out, "out"));
    }

    /** Sets how many, the seed, the gemeenten and the peildatum; each has a default but {@code aantal}. */
    public static final class Builder {
        private long aantal = -1;
        private long zaad;
        private List<String> gemeenten = Gemeenten.STANDAARD;
        private LocalDate peildatum;

        private Builder() {}

        /**
         * How many aanvragen: at least 1.
         *
         * @param aantal the number of aanvragen
         * @return this builder
         */
        public Builder aantal(long aantal) {
            if (aantal < 1) {
                throw new IllegalArgumentException("Het aantal aanvragen moet minstens 1 zijn, niet " + aantal + ".");
            }
            this.aantal = aantal;
            return this;
        }

        /**
         * The seed (default 0).
         *
         * @param zaad the seed
         * @return this builder
         */
        public Builder zaad(long zaad) {
            this.zaad = zaad;
            return this;
        }

        /**
         * Only these gemeenten (CBS codes of 4 digits; a code given twice counts once), equally often.
         *
         * @param codes CBS gemeente codes
         * @return this builder
         */
        public Builder gemeenten(List<String> codes) {
            List<String> fout = new ArrayList<>();
            for (String code : codes) {
                if (!Gemeenten.isCode(code)) {
                    fout.add(String.valueOf(code));
                }
            }
            if (!fout.isEmpty() || codes.isEmpty()) {
                throw new IllegalArgumentException(codes.isEmpty() ? "Geef minstens één gemeente."
                        : "Geen CBS-gemeentecode van 4 cijfers: " + String.join(", ", fout) + ".");
            }
            this.gemeenten = List.copyOf(new LinkedHashSet<>(codes));
            return this;
        }

        /**
         * One peildatum for every aanvraag (not before {@link #EERSTE_PEILDATUM}); without it, a day of 2026 each.
         *
         * @param peildatum the peildatum
         * @return this builder
         */
        public Builder peildatum(LocalDate peildatum) {
            if (peildatum != null && peildatum.isBefore(EERSTE_PEILDATUM)) {
                throw new IllegalArgumentException("De peildatum " + peildatum + " ligt voor " + EERSTE_PEILDATUM
                        + ", de eerste dag van de regelset.");
            }
            this.peildatum = peildatum;
            return this;
        }

        /**
         * The population; throws {@link IllegalStateException} when {@code aantal} was not set.
         *
         * @return the population
         */
        public Populatie build() {
            if (aantal < 1) {
                throw new IllegalStateException("Geef het aantal aanvragen (aantal).");
            }
            return new Populatie(this);
        }
    }
}
