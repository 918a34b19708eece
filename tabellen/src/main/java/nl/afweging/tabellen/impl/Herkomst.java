// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.tabellen.impl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.afweging.impl.ruleset.tables.CsvTable;
import nl.afweging.impl.ruleset.tables.TableLimits;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/**
 * Where a workbook was exported from: the rule set (naam, versie and, for gemeenteregels, the gemeente, as its
 * {@code regelset.json} names them), the table, and the table's content then (a hash of the CSV, and one per row). Kept
 * in the workbook's custom document properties, out of the sheet, so an import can refuse a workbook meant for another
 * place and tell which rows someone else changed since the export. It guards against mistakes, not against someone who
 * edits the properties: the import's checks of the rows themselves stay the guard of what the rules decide.
 */
public record Herkomst(String regelset, String versie, String gemeente, String tabel, String tabelHash, List<String> rijen) {
    private static final String PREFIX = "afweging-";
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern ROW_HASH = Pattern.compile("[0-9a-f]{16}");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Keeps an unmodifiable copy of the row hashes. */
    public Herkomst {
        rijen = List.copyOf(rijen);
    }

    /**
     * The origin of the table {@code csv} as it is now: its folder's {@code regelset.json} names the rule set, its
     * bytes and rows the content. The manifest is read here only for its three names, as a label, the same way at export
     * and at import; whether it is a valid manifest is the engine's reading, which the import's checks run.
     */
    public static Herkomst of(Path csv, byte[] bytes, CsvTable table) {
        JsonNode manifest;
        try {
            manifest = JSON.readTree(csv.resolveSibling("regelset.json").toFile());
        } catch (IOException e) {
            manifest = null;
        }
        String naam = text(manifest, "naam");
        String versie = text(manifest, "versie");
        String gemeente = text(manifest, "gemeente");
        return new Herkomst(naam, versie, gemeente, csv.getFileName().toString(), sha256(bytes), rowHashes(table));
    }

    /**
     * The origin written into {@code workbook}, if it has one. The properties are the workbook's, so anyone may have
     * written them: names are shown only as printable text of at most 100 characters, and hashes that are no hashes
     * make no origin.
     */
    public static Optional<Herkomst> readFrom(XSSFWorkbook workbook) {
        POIXMLProperties.CustomProperties custom = workbook.getProperties().getCustomProperties();
        String tabel = property(custom, "tabel");
        String hash = property(custom, "tabelhash");
        String rijen = property(custom, "rijen");
        List<String> rowHashes = rijen == null || rijen.isEmpty() ? List.of() : List.of(rijen.split(",", -1));
        // No more row hashes than a table may have rows: a longer list comes from no export.
        if (tabel == null || hash == null || !HASH.matcher(hash).matches() || rowHashes.size() > TableLimits.MAX_ROWS
                || !rowHashes.stream().allMatch(h -> ROW_HASH.matcher(h).matches())) {
            return Optional.empty();
        }
        return Optional.of(new Herkomst(printable(property(custom, "regelset")), printable(property(custom, "versie")),
                printable(property(custom, "gemeente")), printable(tabel), hash, rowHashes));
    }

    /** Writes this origin into {@code workbook}'s custom document properties. */
    public void writeTo(XSSFWorkbook workbook) {
        POIXMLProperties.CustomProperties custom = workbook.getProperties().getCustomProperties();
        custom.addProperty(PREFIX + "regelset", regelset);
        custom.addProperty(PREFIX + "versie", versie);
        custom.addProperty(PREFIX + "gemeente", gemeente);
        custom.addProperty(PREFIX + "tabel", tabel);
        custom.addProperty(PREFIX + "tabelhash", tabelHash);
        custom.addProperty(PREFIX + "rijen", String.join(",", rijen));
    }

    /** The same rule set, version, gemeente and table: where the workbook may go back to. */
    public boolean zelfdePlaats(Herkomst other) {
        return regelset.equals(other.regelset) && versie.equals(other.versie) && gemeente.equals(other.gemeente)
                && tabel.equals(other.tabel);
    }

    /** The place in words: "regelset afwegingskader-standaard 2027.1, tabel parameters.drl.csv". */
    public String plaats() {
        return "regelset " + (regelset.isEmpty() ? "(zonder naam)" : regelset) + (versie.isEmpty() ? "" : " " + versie)
                + (gemeente.isEmpty() ? "" : " van gemeente " + gemeente) + ", tabel " + tabel;
    }

    /**
     * The rows (numbered from 1) where importing {@code werkmap} would undo a change made since the export ({@code toen}):
     * rows whose content now is not what it was then, and not what the workbook holds either. A row the workbook holds
     * as it is now (the same change, or this very workbook imported before) is no conflict.
     */
    public List<Integer> conflictenMet(Herkomst toen, CsvTable werkmap) {
        List<String> sheet = rowHashes(werkmap);
        List<Integer> conflicts = new ArrayList<>();
        int rows = Math.max(rijen.size(), Math.max(toen.rijen.size(), sheet.size()));
        for (int r = 0; r < rows; r++) {
            String now = r < rijen.size() ? rijen.get(r) : null;
            String then = r < toen.rijen.size() ? toen.rijen.get(r) : null;
            String wanted = r < sheet.size() ? sheet.get(r) : null;
            if (!Objects.equals(now, then) && !Objects.equals(wanted, now)) {
                conflicts.add(r + 1);
            }
        }
        return conflicts;
    }

    private static List<String> rowHashes(CsvTable table) {
        List<String> hashes = new ArrayList<>();
        for (List<String> row : table.rows()) {
            // Eight bytes a row: enough to tell rows apart, small enough for a table of thousands of rows.
            hashes.add(sha256(String.join("\u001f", row).getBytes(StandardCharsets.UTF_8)).substring(0, 16));
        }
        return hashes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String property(POIXMLProperties.CustomProperties custom, String name) {
        CTProperty p = custom.getProperty(PREFIX + name);
        return p == null || !p.isSetLpwstr() ? null : p.getLpwstr();
    }

    private static String text(JsonNode node, String field) {
        return node == null || !node.path(field).isTextual() ? "" : node.get(field).asText();
    }

    /** Text a terminal shows as it is: no control or direction characters, at most 100 characters. */
    private static String printable(String s) {
        if (s == null) {
            return "";
        }
        String shown = s.codePoints().limit(100)
                .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return s.codePointCount(0, s.length()) > 100 ? shown + "..." : shown;
    }
}
