// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.tabellen;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.afweging.impl.ruleset.CellCheck;
import nl.afweging.impl.ruleset.tables.CsvTable;
import nl.afweging.impl.ruleset.tables.CsvText;
import nl.afweging.impl.ruleset.tables.CsvWriter;
import nl.afweging.RuleSetCheck;
import nl.afweging.impl.ruleset.tables.DecisionTable;
import nl.afweging.impl.ruleset.tables.WorkbookReader;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;
import nl.afweging.tabellen.impl.Herkomst;
import nl.afweging.tabellen.impl.XlsxTable;
import nl.afweging.tabellen.impl.XlsxWriter;

/**
 * Decision tables to Excel and back ({@code ./afweging tabellen export} and {@code import}). The CSV stays the form in
 * git, for readable diffs; the workbook is for editing. Each {@code x.drl.csv} becomes one workbook {@code x.drl.xlsx}
 * of one sheet, cell for cell, with the machinery rows locked. Importing writes the CSV back: a cell that did not
 * change keeps its text as the CSV wrote it, so a workbook exported and imported unchanged gives the same bytes,
 * and one changed cell changes only that cell in the CSV.
 */
public final class Spreadsheets {
    private static final String CSV = ".drl.csv";
    private static final String XLSX = ".drl.xlsx";

    /** As for a rule file: no policy table comes near it. */
    private static final int MAX_BYTES = 5 * 1024 * 1024;

    private Spreadsheets() {}

    /**
     * What a command did: the files written (none when there are findings), the findings, each with its place, and what
     * the officer should know of what was written (such as rows overwritten on purpose), in Dutch.
     */
    public record Result(List<Path> geschreven, List<LoadProblem> bevindingen, List<String> meldingen) {
        /**
         * Keeps unmodifiable copies of the lists.
         *
         * @param geschreven the files written
         * @param bevindingen the findings, each with its place
         * @param meldingen what the officer should know of what was written
         */
        public Result {
            geschreven = List.copyOf(geschreven);
            bevindingen = List.copyOf(bevindingen);
            meldingen = List.copyOf(meldingen);
        }

        /**
         * A result without meldingen.
         *
         * @param geschreven the files written
         * @param bevindingen the findings, each with its place
         */
        public Result(List<Path> geschreven, List<LoadProblem> bevindingen) {
            this(geschreven, bevindingen, List.of());
        }

        /**
         * True when there were no findings.
         *
         * @return whether the command succeeded
         */
        public boolean isGelukt() {
            return bevindingen.isEmpty();
        }
    }

    /**
     * Writes one {@code x.drl.xlsx} into {@code out} for every {@code x.drl.csv} in {@code rules}, in the same
     * subfolder
     * (a folder of versions gives {@code out/2027.1/parameters.drl.xlsx}, a gemeente {@code out/gemeenten/1728/...}).
     *
     * @param rules the rules folder
     * @param out the folder for the workbooks
     * @return the workbooks written, or the findings
     * @throws IOException when a file cannot be read or written
     */
    public static Result exportWorkbooks(Path rules, Path out) throws IOException {
        List<LoadProblem> problems = new ArrayList<>();
        Map<Path, byte[]> workbooks = new LinkedHashMap<>();
        for (Path csv : tables(rules)) {
            String name = csv.getFileName().toString();
            byte[] bytes = Files.readAllBytes(csv);
            String text = CsvText.decode(rules.relativize(csv).toString(), bytes, problems);
            if (text != null) {
                String base = name.substring(0, name.length() - CSV.length());
                Path folder = out.resolve(rules.relativize(csv.getParent()).toString());
                CsvTable table = CsvTable.parse(text);
                workbooks.put(folder.resolve(base + XLSX), XlsxWriter.write(base, name, table, Herkomst.of(csv, bytes, table)));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems);
        }
        for (Map.Entry<Path, byte[]> workbook : workbooks.entrySet()) {
            Files.createDirectories(workbook.getKey().getParent());
            Files.write(workbook.getKey(), workbook.getValue());
        }
        return new Result(List.copyOf(workbooks.keySet()), List.of());
    }

    /**
     * Writes each workbook back as the {@code x.drl.csv} in {@code rules} it was exported from. Nothing is written
     * unless every workbook is read without a finding, was exported from that very table (the same rule set, version,
     * gemeente and table, which export writes into the workbook), finds the table as it was exported (no one changed it
     * since), leaves its locked rows as they are in that CSV, and the rule set with the workbooks in place passes every
     * check of {@link RuleSetCheck} (as {@code validate}).
     *
     * @param workbooks the workbooks to read
     * @param rules the rules folder to write into
     * @return the tables written, or the findings
     * @throws IOException when a file cannot be read or written
     */
    public static Result importWorkbooks(List<Path> workbooks, Path rules) throws IOException {
        return importWorkbooks(workbooks, rules, false);
    }

    /**
     * As {@link #importWorkbooks(List, Path)}; with {@code overschrijfLatereWijzigingen}, a table changed since the
     * export (or a workbook that does not say where it comes from) is written over all the same, on purpose, and the
     * result's meldingen name the rows that were overwritten. A workbook from another place is refused either way.
     *
     * @param workbooks the workbooks to read
     * @param rules the rules folder to write into
     * @param overschrijfLatereWijzigingen whether to write over changes made since the export
     * @return the tables written, or the findings
     * @throws IOException when a file cannot be read or written
     */
    public static Result importWorkbooks(List<Path> workbooks, Path rules, boolean overschrijfLatereWijzigingen)
            throws IOException {
        return importWorkbooks(workbooks, rules, overschrijfLatereWijzigingen, null);
    }

    /**
     * As {@link #importWorkbooks(List, Path, boolean)}, checking with the compiled rule sets in {@code cache} (as
     * {@code validate} does with decide's cache): the versions a workbook does not change are read compiled, so an
     * import compiles only what it changes.
     *
     * @param workbooks the workbooks to read
     * @param rules the rules folder to write into
     * @param overschrijfLatereWijzigingen whether to write over changes made since the export
     * @param cache the folder of compiled rule sets, or null for none
     * @return the tables written, or the findings
     * @throws IOException when a file cannot be read or written
     */
    public static Result importWorkbooks(List<Path> workbooks, Path rules, boolean overschrijfLatereWijzigingen, Path cache)
            throws IOException {
        List<LoadProblem> problems = new ArrayList<>();
        List<String> meldingen = new ArrayList<>();
        Map<Path, String> csvs = new LinkedHashMap<>();
        Map<String, Path> read = new LinkedHashMap<>();
        for (Path workbook : workbooks) {
            String name = workbook.getFileName().toString();
            if (!name.endsWith(XLSX)) {
                problems.add(new LoadProblem(ProblemCode.TABEL_ONLEESBAAR, name, 0, null, saveAs(workbook, name)));
                continue;
            }
            byte[] bytes = readAtMost(workbook);
            if (bytes == null) {
                problems.add(new LoadProblem(ProblemCode.BESTAND_TE_GROOT, name, 0, null,
                        "het bestand is " + Files.size(workbook) + " bytes; een beslistabel mag hoogstens 5 MB zijn"));
                continue;
            }
            XlsxTable.Imported imported = new XlsxTable().readForImport(name, bytes);
            WorkbookReader.Read sheet = imported.read();
            problems.addAll(sheet.problems());
            if (sheet.table() == null) {
                continue;
            }
            Path target = rules.resolve(name.substring(0, name.length() - XLSX.length()) + CSV);
            CsvTable previous = null;
            byte[] previousBytes = new byte[0];
            if (Files.isRegularFile(target)) {
                previousBytes = Files.readAllBytes(target);
                String text = CsvText.decode(target.getFileName().toString(), previousBytes, problems);
                previous = text == null ? null : CsvTable.parse(text);
            }
            Herkomst hier = Herkomst.of(target, previousBytes, previous == null ? CsvTable.of(List.of()) : previous);
            if (!origin(name, imported.herkomst(), hier, previous != null, sheet.table(), overschrijfLatereWijzigingen, problems,
                    meldingen)) {
                continue;
            }
            if (previous != null) {
                problems.addAll(lockedRowsChanged(name, previous, sheet.table()));
            }
            csvs.put(target, CsvWriter.write(meant(name, sheet.table(), meldingen).rows(), previous));
            read.put(name, workbook);
        }
        if (problems.isEmpty()) {
            problems.addAll(checkInPlace(rules, read, cache));
        }
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems);
        }
        for (Map.Entry<Path, String> csv : csvs.entrySet()) {
            // Written beside the table, then moved over it: a crash leaves the old table or the new one, never half.
            Path temp = Files.createTempFile(rules, ".import-", ".tmp");
            Files.writeString(temp, csv.getValue());
            Files.move(temp, csv.getKey(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return new Result(List.copyOf(csvs.keySet()), List.of(), meldingen);
    }

    /**
     * The sheet as the officer meant it: {@code Ja}, {@code "ja "}, {@code TRUE} or {@code Onwaar} in a column that takes
     * ja, or true/false, written as the column takes it ({@link CellCheck#bedoeld}), each change told as a melding.
     */
    private static CsvTable meant(String workbook, CsvTable sheet, List<String> meldingen) {
        List<List<String>> rows = new ArrayList<>();
        sheet.rows().forEach(r -> rows.add(new ArrayList<>(r)));
        List<String> changed = new ArrayList<>();
        for (DecisionTable table : DecisionTable.in(workbook, sheet)) {
            CellCheck.bedoeld(table).forEach((row, cells) -> cells.forEach((column, value) -> {
                List<String> cellsOfRow = rows.get(row - 1);
                changed.add(CsvTable.columnLetter(column) + row + " '" + cellsOfRow.get(column - 1) + "' als '" + value + "'");
                cellsOfRow.set(column - 1, value);
            }));
        }
        if (!changed.isEmpty()) {
            meldingen.add(workbook + ": " + (changed.size() == 1 ? "cel " : "cellen ") + String.join(", ", changed.subList(0,
                    Math.min(10, changed.size()))) + (changed.size() > 10 ? " en nog " + (changed.size() - 10) : "")
                    + " geschreven, zoals de kolom ze neemt.");
        }
        return CsvTable.of(rows);
    }

    /**
     * What to do with a file whose name is no {@code NAAM.drl.xlsx}: a workbook renamed by the spreadsheet program
     * ({@code parameters.drl (1).xlsx}, {@code Kopie van parameters.xlsx}) is told its name from where it was exported;
     * another format is told to save as an Excel workbook.
     */
    private static String saveAs(Path file, String name) throws IOException {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            byte[] bytes = readAtMost(file);
            Optional<Herkomst> herkomst = bytes == null ? Optional.empty() : new XlsxTable().readForImport(name, bytes).herkomst();
            if (herkomst.isPresent()) {
                String tabel = herkomst.get().tabel();
                return "een werkmap met een beslistabel heet naar zijn tabel; deze komt uit " + herkomst.get().plaats()
                        + ". Sla hem op als " + tabel.substring(0, tabel.length() - CSV.length()) + XLSX + " en importeer die";
            }
        } else if (lower.endsWith(".ods") || lower.endsWith(".xls") || lower.endsWith(".csv") || lower.endsWith(".xlsm")) {
            return "dit is geen Excel-werkmap (.xlsx). Sla het bestand op als Excel-werkmap: in Excel 'Opslaan als' met type"
                    + " 'Excel-werkmap (*.xlsx)', in LibreOffice 'Opslaan als' met type 'Excel 2007-365 (.xlsx)', met de naam"
                    + " NAAM.drl.xlsx van de tabel NAAM.drl.csv die hij vervangt";
        }
        return "een werkmap met een beslistabel heet NAAM.drl.xlsx, naar de tabel NAAM.drl.csv die hij vervangt; sla hem"
                + " onder die naam op";
    }

    /**
     * Whether the workbook may replace the table {@code hier}: it was exported from that place, and from the table as it
     * is now (or the officer overwrites on purpose, which is then told). Adds the finding or melding; true to go on.
     */
    private static boolean origin(String workbook, Optional<Herkomst> herkomst, Herkomst hier, boolean tableExists, CsvTable sheet,
                                  boolean overschrijven, List<LoadProblem> problems, List<String> meldingen) {
        if (herkomst.isEmpty()) {
            if (overschrijven) {
                meldingen.add(workbook + " zegt niet waar hij vandaan komt; met --overschrijf-latere-wijzigingen is hij toch "
                        + "teruggeschreven naar " + hier.plaats() + ".");
                return true;
            }
            problems.add(new LoadProblem(ProblemCode.WERKMAP_ANDERE_PLAATS, workbook, 0, null, "de werkmap zegt niet uit welke "
                    + "regelset en tabel hij komt (gemaakt met een oudere versie, of niet met 'tabellen export'). Exporteer de "
                    + "tabel opnieuw en breng uw wijzigingen daarin over; hij hoort hier bij " + hier.plaats()));
            return false;
        }
        Herkomst toen = herkomst.get();
        if (!toen.zelfdePlaats(hier)) {
            problems.add(new LoadProblem(ProblemCode.WERKMAP_ANDERE_PLAATS, workbook, 0, null, "deze werkmap komt uit "
                    + toen.plaats() + ", maar zou hier " + hier.plaats() + " vervangen. Importeer hem in de map waar hij "
                    + "vandaan komt; een wijziging voor deze plaats maakt u in een werkmap die daar geëxporteerd is"));
            return false;
        }
        List<Integer> rijen = tableExists && !toen.tabelHash().equals(hier.tabelHash()) ? hier.conflictenMet(toen, sheet) : List.of();
        if (!rijen.isEmpty()) {
            String welke = (rijen.size() == 1 ? "rij " : "rijen ") + rijen.stream().limit(10).map(String::valueOf)
                    .collect(Collectors.joining(", ")) + (rijen.size() > 10 ? " en nog " + (rijen.size() - 10) : "");
            if (overschrijven) {
                meldingen.add("Met --overschrijf-latere-wijzigingen: " + welke + " van " + hier.tabel() + ", na de export van "
                        + workbook + " veranderd, " + (rijen.size() == 1 ? "is" : "zijn") + " overschreven.");
                return true;
            }
            problems.add(new LoadProblem(ProblemCode.TABEL_VERANDERD_NA_EXPORT, workbook, rijen.get(0), null,
                    hier.tabel() + " is veranderd sinds deze werkmap werd geëxporteerd (" + welke + "); importeren zou die "
                            + "wijziging ongedaan maken. Exporteer de tabel opnieuw en breng uw wijzigingen daarin over, of "
                            + "importeer met --overschrijf-latere-wijzigingen als u die rijen bewust wilt overschrijven"));
            return false;
        }
        return true;
    }

    /** Every cell of a locked row of the CSV that the sheet has otherwise, named by its cell (B8). */
    private static List<LoadProblem> lockedRowsChanged(String workbook, CsvTable previous, CsvTable sheet) {
        List<LoadProblem> changed = new ArrayList<>();
        for (int r : XlsxWriter.lockedRows(workbook, previous)) {
            List<String> was = previous.row(r);
            List<String> now = sheet.row(r);
            for (int c = 0; c < Math.max(was.size(), now.size()); c++) {
                String before = c < was.size() ? was.get(c) : "";
                String after = c < now.size() ? now.get(c) : "";
                if (!before.equals(after)) {
                    String cell = CsvTable.columnLetter(c + 1) + r;
                    changed.add(new LoadProblem(ProblemCode.RIJ_VERGRENDELD, workbook, r, CsvTable.columnLetter(c + 1),
                            "cel " + cell + " is veranderd, maar rij " + r + " is vergrendeld: hij hoort bij de opbouw van de "
                                    + "tabel. Zet de cel terug op '" + before + "' (nu: '" + after + "'); een nieuwe kolom of "
                                    + "voorwaarde maakt een ontwikkelaar in de CSV"));
                }
            }
        }
        return changed;
    }

    /**
     * The findings of {@link RuleSetCheck} on a copy of the whole rules folder (every version and gemeente, when
     * {@code rules} is one of them) with each workbook in place of its CSV.
     */
    private static List<LoadProblem> checkInPlace(Path rules, Map<String, Path> workbooks, Path cache) throws IOException {
        Path root = rulesFolder(rules);
        Path copy = Files.createTempDirectory("afweging-import-");
        Path tables = copy.resolve(root.relativize(rules.toAbsolutePath().normalize()).toString());
        try {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.toList()) {
                    Path to = copy.resolve(root.relativize(file).toString());
                    if (Files.isDirectory(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        Files.createDirectories(to);
                    } else if (Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        Files.copy(file, to);
                    }
                }
            }
            for (Map.Entry<String, Path> workbook : workbooks.entrySet()) {
                String name = workbook.getKey();
                Files.deleteIfExists(tables.resolve(name.substring(0, name.length() - XLSX.length()) + CSV));
                Files.copy(workbook.getValue(), tables.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
            return RuleSetCheck.check(copy, List.of(), cache).bevindingen();
        } finally {
            try (Stream<Path> files = Files.walk(copy)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** Every table under {@code rules}, in its subfolders too (versions, gemeenten), leaving out hidden folders. */
    private static List<Path> tables(Path rules) throws IOException {
        try (Stream<Path> files = Files.walk(rules)) {
            return files.filter(p -> p.getFileName().toString().endsWith(CSV) && Files.isRegularFile(p))
                    .filter(p -> !hidden(rules.relativize(p.getParent())))
                    .sorted().toList();
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The rules folder a table folder belongs to: the folder of versions above a version's folder, or above
     * {@code gemeenten/CODE/}; else the folder itself. A workbook is checked with everything it runs with.
     */
    private static Path rulesFolder(Path tables) throws IOException {
        Path folder = tables.toAbsolutePath().normalize();
        Path parent = folder.getParent();
        if (parent == null) {
            return folder;
        }
        if (parent.getFileName() != null && parent.getFileName().toString().equals("gemeenten") && parent.getParent() != null) {
            return parent.getParent();
        }
        if (!Files.exists(folder.resolve("regelset.json")) || Files.exists(parent.resolve("regelset.json"))) {
            return folder;
        }
        // A folder of versions holds nothing but version folders (and gemeenten/): then the table's version is one of them.
        try (Stream<Path> children = Files.list(parent)) {
            boolean versions = children.filter(p -> !p.getFileName().toString().startsWith("."))
                    .allMatch(p -> p.getFileName().toString().equals("gemeenten") || Files.exists(p.resolve("regelset.json")));
            return versions ? parent : folder;
        }
    }

    private static byte[] readAtMost(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            return bytes.length > MAX_BYTES ? null : bytes;
        }
    }
}
