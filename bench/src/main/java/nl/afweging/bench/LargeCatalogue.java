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
 * A copy of the default rule set whose voorzieningen catalogue is grown to a given number of rows: the
 * existing rows, then copies of them under new codes. Same column layout and the same equality conditions
 * (niveau, soort), so the table stays one that Drools can hash: what a large municipal catalogue looks like.
 */
public final class LargeCatalogue implements AutoCloseable {
    private static final String CATALOGUE = "voorzieningen.drl.csv";
    /** The header row of the data (the column titles); every line after it is one catalogue row. */
    private static final String TITLE_ROW_START = "code,";

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
            String template = existing.get(n % existing.size());
            // The code is the first, unquoted cell; everything after the first comma is kept as it is.
            out.append(String.format("GEN-%04d", n)).append(template.substring(template.indexOf(','))).append('\n');
        }
        return out.toString();
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
