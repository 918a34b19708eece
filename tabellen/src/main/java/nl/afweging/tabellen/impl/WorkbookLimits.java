// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.tabellen.impl;

import static nl.afweging.impl.ruleset.tables.TableLimits.MAX_CELLS;
import static nl.afweging.impl.ruleset.tables.TableLimits.MAX_COLUMNS;
import static nl.afweging.impl.ruleset.tables.TableLimits.MAX_ROWS;
import static nl.afweging.impl.ruleset.tables.TableLimits.dutch;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.afweging.impl.ruleset.tables.CsvTable;
import nl.afweging.impl.ruleset.tables.TableLimits.TooLarge;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.util.XMLHelper;

/**
 * A workbook held to the bounds of a decision table (the core's {@code TableLimits}: rows, columns, filled cells),
 * and to bounds of its own: at most {@value #MAX_SHARED_STRINGS} texts, {@value #MAX_ELEMENTS} XML elements and
 * 16 MB unpacked. Apache POI spends kilobytes per cell, so this is checked before POI reads anything.
 *
 * <p>The check streams through the workbook's parts once, the way POI will unpack them (commons-compress, entry by
 * entry), counting rows, cells and texts as they come and stopping at the first bound passed: a cell at column XFD
 * or a {@code <dimension>} to row 1,000,000 is refused at once, so a hostile workbook costs as much as the bound,
 * not as its contents. Every part that is XML is counted, whatever its name, so no sheet can hide under another name.
 */
final class WorkbookLimits {
    static final int MAX_SHARED_STRINGS = 20_000;
    static final int MAX_ELEMENTS = 250_000;
    static final long MAX_UNPACKED = 16L * 1024 * 1024;

    private static final Set<String> SPREADSHEET = Set.of("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
            "http://purl.oclc.org/ooxml/spreadsheetml/main");

    private WorkbookLimits() {}

    /**
     * Streams through a workbook's parts and throws at the first bound it passes. An IOException or an
     * XMLStreamException means the bytes are no workbook that can be read at all.
     */
    static void check(byte[] bytes) throws TooLarge, IOException, XMLStreamException {
        XMLInputFactory factory = XMLHelper.newXMLInputFactory();
        Counts counts = new Counts();
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes))) {
            Unpacked unpacked = new Unpacked(zip);
            try {
                parts(zip, unpacked, factory, counts);
            } catch (IOException | XMLStreamException e) {
                // The XML reader may wrap the overflow in an exception of its own.
                if (unpacked.total > MAX_UNPACKED) {
                    throw new TooLarge("de werkmap is uitgepakt groter dan " + MAX_UNPACKED / (1024 * 1024) + " MB");
                }
                throw e;
            }
        }
    }

    private static void parts(ZipArchiveInputStream zip, Unpacked unpacked, XMLInputFactory factory, Counts counts)
            throws IOException, XMLStreamException, TooLarge {
        while (zip.getNextEntry() != null) {
            PushbackInputStream part = new PushbackInputStream(unpacked, 4);
            if (isXml(part)) {
                // The XML reader closes what it reads at its end; the rest of the part is still to be counted.
                XMLStreamReader xml = factory.createXMLStreamReader(new FilterInputStream(part) {
                    @Override
                    public void close() {
                        // The part stays open.
                    }
                });
                try {
                    counts.part(xml);
                } finally {
                    xml.close();
                }
            }
            part.transferTo(OutputStream.nullOutputStream());
        }
    }

    /** Whether a part starts as XML does ({@code <}, after a byte order mark or white space): a picture is left alone. */
    private static boolean isXml(PushbackInputStream part) throws IOException {
        byte[] head = new byte[4];
        int n = part.readNBytes(head, 0, head.length);
        part.unread(head, 0, n);
        int i = 0;
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            i = 3;
        } else if (n >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
            return true; // UTF-16
        } else if (n >= 2 && (head[0] == 0 || head[1] == 0) && (head[0] == '<' || head[1] == '<')) {
            return true; // UTF-16 without a mark
        }
        return i < n && (head[i] == '<' || head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n');
    }

    /** The counts over every part of one workbook. */
    private static final class Counts {
        private long elements;
        private long cells;
        private long strings;
        private int row;
        private int column;
        private int cellsInRow;

        void part(XMLStreamReader xml) throws XMLStreamException, TooLarge {
            row = 0;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (++elements > MAX_ELEMENTS) {
                    throw new TooLarge("de werkmap bevat meer dan " + dutch(MAX_ELEMENTS) + " onderdelen (cellen, opmaak en andere)");
                }
                if (!SPREADSHEET.contains(xml.getNamespaceURI())) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "dimension" -> dimension(xml.getAttributeValue(null, "ref"));
                    case "row" -> row(xml.getAttributeValue(null, "r"));
                    case "c" -> cell(xml.getAttributeValue(null, "r"));
                    case "sst" -> sharedStrings(xml.getAttributeValue(null, "uniqueCount"));
                    case "si" -> {
                        if (++strings > MAX_SHARED_STRINGS) {
                            throw new TooLarge("de werkmap heeft meer dan " + dutch(MAX_SHARED_STRINGS) + " verschillende teksten");
                        }
                    }
                    default -> { }
                }
            }
        }

        /** {@code A1:XFD100000}: the far corner of what the sheet says it uses; refused before a cell is read. */
        private void dimension(String ref) throws TooLarge {
            if (ref == null) {
                return;
            }
            String corner = ref.substring(ref.indexOf(':') + 1);
            long column = columnOf(corner);
            long lastRow = rowOf(corner);
            String range = "Excel ziet " + ref.toUpperCase(Locale.ROOT) + " als het gebruikte deel van het werkblad";
            if (column > MAX_COLUMNS) {
                throw new TooLarge(range + ", tot kolom " + letters(column) + ", voorbij kolom " + CsvTable.columnLetter(MAX_COLUMNS));
            }
            if (lastRow > MAX_ROWS) {
                throw new TooLarge(range + ", tot rij " + dutch(lastRow));
            }
        }

        private void row(String r) throws TooLarge {
            row = r == null ? row + 1 : (int) Math.min(number(r), Integer.MAX_VALUE);
            column = 0;
            cellsInRow = 0;
            place(1, row, null);
        }

        private void cell(String r) throws TooLarge {
            if (++cells > MAX_CELLS) {
                throw new TooLarge("het werkblad heeft meer dan " + dutch(MAX_CELLS) + " cellen");
            }
            cellsInRow++;
            if (r == null) {
                column++;
                place(Math.max(column, cellsInRow), Math.max(row, 1), null);
            } else {
                column = (int) Math.min(columnOf(r), Integer.MAX_VALUE);
                place(Math.max(column, cellsInRow), Math.max(rowOf(r), row), r.toUpperCase(Locale.ROOT));
            }
        }

        private void sharedStrings(String uniqueCount) throws TooLarge {
            if (uniqueCount != null && number(uniqueCount) > MAX_SHARED_STRINGS) {
                throw new TooLarge("de werkmap heeft " + dutch(number(uniqueCount)) + " verschillende teksten, meer dan "
                        + dutch(MAX_SHARED_STRINGS));
            }
        }

        private static void place(long column, long row, String reference) throws TooLarge {
            if (column > MAX_COLUMNS) {
                throw new TooLarge("het werkblad heeft " + (reference == null ? "een cel" : "cel " + reference) + " in kolom "
                        + letters(column) + ", voorbij kolom " + CsvTable.columnLetter(MAX_COLUMNS));
            }
            if (row > MAX_ROWS) {
                throw new TooLarge("het werkblad loopt door tot rij " + dutch(row) + (reference == null ? "" : " (cel " + reference + ")"));
            }
        }

        /** A column as Excel names it (XFD is its last); beyond that, its number. */
        private static String letters(long column) {
            return column <= 16_384 ? CsvTable.columnLetter((int) column) : String.valueOf(column);
        }

        /** The 1-based column of a reference such as {@code XFD12}; 0 when it has no letters. */
        private static long columnOf(String reference) {
            long column = 0;
            for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)) && column <= Integer.MAX_VALUE; i++) {
                column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            }
            return column;
        }

        private static long rowOf(String reference) {
            int i = 0;
            while (i < reference.length() && !Character.isDigit(reference.charAt(i))) {
                i++;
            }
            return number(reference.substring(i));
        }

        /** The whole number at the start of a text (no more than ten digits are read); 0 when there is none. */
        private static long number(String text) {
            long n = 0;
            for (int i = 0; i < text.length() && i < 10 && Character.isDigit(text.charAt(i)); i++) {
                n = n * 10 + (text.charAt(i) - '0');
            }
            return n;
        }
    }

    /**
     * The zip's entries unpacked, counted together: past 16 MB the workbook is refused, however well it packs. Never
     * closes the zip (the XML reader closes what it reads).
     */
    private static final class Unpacked extends FilterInputStream {
        private long total;

        Unpacked(InputStream zip) {
            super(zip);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            total += n;
            if (total > MAX_UNPACKED) {
                throw new IOException("more than " + MAX_UNPACKED + " bytes unpacked");
            }
        }

        @Override
        public void close() {
            // The zip stays open for its next entry.
        }
    }
}
