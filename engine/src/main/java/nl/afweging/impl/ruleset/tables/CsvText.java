// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset.tables;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;

/**
 * The text of a {@code .drl.csv}: UTF-8, as the repository keeps it. Excel's "CSV UTF-8" starts the file with a
 * byte order mark; it is accepted and left out (Drools would read it as part of the first keyword). Excel's plain
 * "CSV" is Windows-1252, where é and ë are other bytes: such a file is refused with the way to save it, never read
 * with its letters changed.
 */
public final class CsvText {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvText() {}

    /**
     * The text without a byte order mark; null (with the problem added) when the bytes are not UTF-8 or the table is
     * larger than {@link TableLimits} allows.
     */
    public static String decode(String file, byte[] bytes, List<LoadProblem> problems) {
        int start = startsWithBom(bytes) ? BOM.length : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            int row = rowOfFirstNonUtf8Byte(bytes, start);
            problems.add(new LoadProblem(ProblemCode.CODERING_ONGELDIG, file, row, null,
                    "het bestand is niet als UTF-8 opgeslagen (zo bewaart Excel 'CSV (gescheiden door lijstscheidingsteken)'; "
                            + "een letter als é wordt dan onleesbaar). Sla het in Excel op als 'CSV UTF-8 (door komma's "
                            + "gescheiden)', of werk in een .drl.xlsx-bestand (./afweging tabellen export)"));
            return null;
        }
        try {
            // Counted before any row is made of it: no table of a million empty cells.
            TableLimits.checkCsv(text);
        } catch (TableLimits.TooLarge tooLarge) {
            problems.add(new LoadProblem(ProblemCode.TABEL_TE_GROOT, file, 0, null, TableLimits.refusal(tooLarge.getMessage(), false)));
            return null;
        }
        return text;
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= BOM.length && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }

    /** The 1-based row of the first byte that is no part of UTF-8, so the officer can find the letter. */
    private static int rowOfFirstNonUtf8Byte(byte[] bytes, int start) {
        int row = 1;
        int i = start;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int length = b < 0x80 ? 1 : b >= 0xC2 && b < 0xE0 ? 2 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xF0 && b < 0xF5 ? 4 : 0;
            if (length == 0 || !continues(bytes, i, length)) {
                return row;
            }
            if (b == '\n') {
                row++;
            }
            i += length;
        }
        return row;
    }

    private static boolean continues(byte[] bytes, int at, int length) {
        if (at + length > bytes.length) {
            return false;
        }
        for (int k = 1; k < length; k++) {
            if ((bytes[at + k] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }
}
