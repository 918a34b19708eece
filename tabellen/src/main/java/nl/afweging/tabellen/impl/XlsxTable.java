// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.tabellen.impl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import nl.afweging.impl.ruleset.tables.CsvTable;
import nl.afweging.impl.ruleset.tables.TableLimits;
import nl.afweging.impl.ruleset.tables.WorkbookReader;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A decision table saved as an Excel workbook ({@code .drl.xlsx}), read into the rows of cells a {@code .drl.csv}
 * gives (the core's {@code CsvTable}): row 12 and column F of the sheet are row 12 and column F of the table, so every
 * check and message about a CSV table applies unchanged. A cell reads as policy staff typed it: a whole number
 * {@code 3} as {@code 3}, not {@code 3.0}; a text {@code 0840} as {@code 0840}; a true/false cell as {@code true}
 * or {@code false}. A formula, an error value, a line break in a cell, a macro or a second sheet is refused: a
 * table holds values, and only what the sheet shows may decide.
 */
public final class XlsxTable implements WorkbookReader {
    /** Bounds for the unpacked workbook: a 5 MB file that unpacks to gigabytes (a zip bomb) is refused, not read. */
    private static final long MAX_UNPACKED_ENTRY = 50L * 1024 * 1024;
    private static final double MIN_INFLATE_RATIO = 0.01;
    private static final String NOT_A_WORKBOOK = "het bestand is geen leesbare Excel-werkmap (.xlsx). Sla de tabel in Excel op als "
            + "'Excel-werkmap (.xlsx)', of maak haar opnieuw met ./afweging tabellen export";

    /**
     * POI's zip bounds, set once, at the first workbook read: not when the engine finds this reader, which every
     * {@code decide} does (loading POI's classes then cost a tenth of a second for a process that reads no workbook).
     */
    private static final class ZipBounds {
        static {
            ZipSecureFile.setMaxEntrySize(MAX_UNPACKED_ENTRY);
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        }

        private ZipBounds() {}

        static void set() {
            // The static initializer above has run.
        }
    }

    /** Made by {@link java.util.ServiceLoader}: the core's reader of {@code .drl.xlsx} files. */
    public XlsxTable() {
        // Stateless: every read starts from its bytes.
    }

    @Override
    public String version() {
        return "Apache POI " + org.apache.poi.Version.getVersion();
    }

    @Override
    public Read read(String file, byte[] bytes) {
        return read(file, bytes, null);
    }

    /** A workbook to import: its table as {@link #read(String, byte[])} reads it, and where it was exported from. */
    public record Imported(Read read, Optional<Herkomst> herkomst) {}

    /** Reads a workbook for {@code tabellen import}: the table, and the origin export wrote into it, in one reading. */
    public Imported readForImport(String file, byte[] bytes) {
        Herkomst[] found = new Herkomst[1];
        Read read = read(file, bytes, workbook -> found[0] = Herkomst.readFrom(workbook).orElse(null));
        return new Imported(read, Optional.ofNullable(found[0]));
    }

    private Read read(String file, byte[] bytes, Consumer<XSSFWorkbook> also) {
        ZipBounds.set();
        List<LoadProblem> problems = new ArrayList<>();
        try {
            // Counted while streaming, before POI builds anything: a hostile workbook costs the bound, not its size.
            WorkbookLimits.check(bytes);
        } catch (TableLimits.TooLarge e) {
            problems.add(new LoadProblem(ProblemCode.TABEL_TE_GROOT, file, 0, null, TableLimits.refusal(e.getMessage(), true)));
            return new Read(null, problems);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            problems.add(unreadable(file, NOT_A_WORKBOOK));
            return new Read(null, problems);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.isMacroEnabled()) {
                problems.add(unreadable(file, "de werkmap bevat macro's; een beslistabel bevat alleen waarden. Sla haar op als "
                        + "Excel-werkmap (.xlsx) zonder macro's"));
                return new Read(null, problems);
            }
            if (workbook.getNumberOfSheets() != 1) {
                List<String> names = new ArrayList<>();
                workbook.forEach(s -> names.add(s.getSheetName()));
                problems.add(unreadable(file, "de werkmap heeft " + names.size() + " werkbladen (" + String.join(", ", names)
                        + "); een beslistabel staat op één werkblad. Verwijder de andere werkbladen"));
                return new Read(null, problems);
            }
            if (also != null) {
                also.accept(workbook);
            }
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() >= TableLimits.MAX_ROWS) {
                // Counted before, so never reached; a second look costs nothing before a grid of rows is made.
                problems.add(new LoadProblem(ProblemCode.TABEL_TE_GROOT, file, 0, null, TableLimits.refusal("het werkblad loopt door tot rij "
                        + TableLimits.dutch(sheet.getLastRowNum() + 1L), true)));
                return new Read(null, problems);
            }
            return new Read(CsvTable.of(cells(file, sheet, problems)), problems);
        } catch (IOException | RuntimeException e) {
            // POI's own words (a zip bomb, a file that is no workbook) are for the log, not for policy staff.
            problems.add(unreadable(file, NOT_A_WORKBOOK));
            return new Read(null, problems);
        }
    }

    private static List<List<String>> cells(String file, Sheet sheet, List<LoadProblem> problems) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            // At most MAX_COLUMNS cells a row (counted before): never a row as wide as the sheet.
            int last = row == null ? 0 : Math.min(Math.max(row.getLastCellNum(), 0), TableLimits.MAX_COLUMNS);
            for (int c = 0; c < last; c++) {
                cells.add(text(file, row.getCell(c), problems));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String text(String file, Cell cell, List<LoadProblem> problems) {
        if (cell == null) {
            return "";
        }
        String text = switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> number(cell.getNumericCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case FORMULA -> {
                problems.add(at(file, cell, ProblemCode.CEL_FORMULE, "bevat een formule (=" + cell.getCellFormula()
                        + "); een beslistabel bevat waarden, geen formules. Typ de waarde zelf in de cel"));
                // The value Excel last showed, so the formula is the one finding here, not also an empty cell.
                yield switch (cell.getCachedFormulaResultType()) {
                    case STRING -> cell.getStringCellValue();
                    case NUMERIC -> number(cell.getNumericCellValue());
                    case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                    default -> "";
                };
            }
            case ERROR -> {
                problems.add(at(file, cell, ProblemCode.CEL_ONGELDIG, "bevat een foutwaarde; typ de waarde zelf in de cel"));
                yield "";
            }
            default -> "";
        };
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            problems.add(at(file, cell, ProblemCode.CEL_ONGELDIG, "bevat een nieuwe regel (Alt+Enter); schrijf de tekst op één regel"));
            return text.replace('\r', ' ').replace('\n', ' ');
        }
        return text;
    }

    /** As typed: {@code 3} not {@code 3.0}, {@code 55.8} not {@code 55.800000000000004}, never {@code 1.2E10}. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static LoadProblem at(String file, Cell cell, ProblemCode code, String melding) {
        String letter = CsvTable.columnLetter(cell.getColumnIndex() + 1);
        int row = cell.getRowIndex() + 1;
        return new LoadProblem(code, file, row, letter, "cel " + letter + row + " " + melding);
    }

    private static LoadProblem unreadable(String file, String melding) {
        return new LoadProblem(ProblemCode.TABEL_ONLEESBAAR, file, 0, null, melding);
    }
}
