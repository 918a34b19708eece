// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset.tables;

import java.util.List;
import java.util.ServiceLoader;
import nl.afweging.model.LoadProblem;

/**
 * Reads a decision table saved as an Excel workbook ({@code .drl.xlsx}) into the rows of cells a {@code .drl.csv}
 * gives, so that every check after it is the one for a CSV table. The core brings no Excel stack (issue 25): the
 * reader is the module {@code nl.afweging.tabellen} (artifact {@code afweging-tabellen}), found with
 * {@link ServiceLoader}; without it a workbook in a rules folder is a finding that says what to do. Not a public
 * extension point: this package is exported to that module only, since a reader decides which cells the rules hold.
 */
public interface WorkbookReader {
    /** What a workbook gave: its cells (null when it could not be read at all) and what was refused, with its place. */
    record Read(CsvTable table, List<LoadProblem> problems) {
        public Read {
            problems = List.copyOf(problems);
        }
    }

    /**
     * The cells of the workbook's one sheet, row 1 first, each as its text as policy staff typed it.
     *
     * @param file the file's path in the rules folder, for the findings' places
     * @param bytes the workbook as read from the folder, nothing else
     */
    Read read(String file, byte[] bytes);

    /** What the reading depends on beyond the reader's own classes (the Excel library and its version), for the cache key. */
    String version();
}
