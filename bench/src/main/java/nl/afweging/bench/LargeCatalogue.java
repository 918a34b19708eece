// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A copy of the default rule set whose voorzieningen catalogue is grown to a given number of rows, the way a
 * large catalogue really grows: a region of {@value #GEMEENTEN_IN_REGIO} gemeenten shares one table, with the
 * default rows for everyone and, per gemeente, its own offers (copies of the default rows under new codes
 * with that gemeente's CBS code). The five gemeenten of {@link AanvraagGenerator} are in the region, so some
 * generated rows apply to some aanvragen; most rows apply to none of a given aanvraag. That is what the
 * benchmark shows: what rows that do not apply cost once the table is indexed (equality on niveau, soort and
 * gemeente), next to the cost of the few extra rows that do.
 */
public final class LargeCatalogue implements AutoCloseable {
    private static final String CATALOGUE = "voorzieningen.drl.csv";
    /** The header row of the data (the column titles); every line after it is one catalogue row. */
    private static final String TITLE_ROW_START = "code,";
    static final int GEMEENTEN_IN_REGIO = 20;
    /** The generator's five gemeenten first, then fifteen more CBS-like codes. */
    private static final List<String> REGIO = regio();

    private final Path folder;
    private final int rows;

    private LargeCatalogue(Path folder, int rows) {
        this.folder = folder;
        this.rows = rows;
    }

    /** Writes the rule set into a new temporary folder; {@link #close()} deletes it. */
    public static LargeCatalogue create(int rows) {
        try {
            Path folder = Files.createTempDirectory("afweging-catalogus-");
            BundledRules.copyTo(folder);
            Path catalogue = folder.resolve(CATALOGUE);
            Files.writeString(catalogue, grow(Files.readString(catalogue, StandardCharsets.UTF_8), rows),
                    StandardCharsets.UTF_8);
            return new LargeCatalogue(folder, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rule folder, for {@code Engine.builder().rules(folder)}. */
    public Path folder() {
        return folder;
    }

    public int rows() {
        return rows;
    }

    static String grow(String table, int rows) {
        List<String> lines = new ArrayList<>(table.lines().toList());
        int titleRow = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(TITLE_ROW_START)) {
                titleRow = i;
                break;
            }
        }
        if (titleRow < 0) {
            throw new IllegalStateException(CATALOGUE + " has no title row starting with " + TITLE_ROW_START);
        }
        List<String> existing = lines.subList(titleRow + 1, lines.size()).stream().filter(l -> !l.isBlank()).toList();
        StringBuilder out = new StringBuilder(table.length() * Math.max(1, rows / Math.max(1, existing.size())));
        for (String line : lines.subList(0, titleRow + 1)) {
            out.append(line).append('\n');
        }
        for (String row : existing) {
            out.append(row).append('\n');
        }
        for (int n = existing.size(); n < rows; n++) {
            // code, niveau, soort, gemeente, and the rest (which may hold quoted commas) kept as it is.
            String[] cells = existing.get(n % existing.size()).split(",", 5);
            String gemeente = REGIO.get(n % GEMEENTEN_IN_REGIO);
            out.append(String.format("GEN-%04d", n)).append(',').append(cells[1]).append(',').append(cells[2])
                    .append(',').append(gemeente).append(',').append(cells[4]).append('\n');
        }
        return out.toString();
    }

    private static List<String> regio() {
        List<String> codes = new ArrayList<>(AanvraagGenerator.GEMEENTEN);
        for (int i = 1; codes.size() < GEMEENTEN_IN_REGIO; i++) {
            codes.add(String.format("%04d", 1900 + i));
        }
        return List.copyOf(codes);
    }

    @Override
    public void close() {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
