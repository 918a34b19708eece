// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

/**
 * What kind of problem a {@link LoadProblem} is: one stable code per kind of message, so a tool can act on a
 * finding without reading its Dutch text (which may be reworded). The first group stops a rule set from loading;
 * the last group ({@code HITPOLICY_ONBEKEND} to {@code VERSIE_NAAM_HERGEBRUIKT}) is found only by {@code validate},
 * which checks what a decision table's HitPolicy promises and whether a rule can fire itself again forever. Codes
 * added later come after that group, whichever kind they are.
 */
public enum ProblemCode {
    /**
     * A rule file uses code a rule set may not run (a Java class outside the allow-list, a global, a function, an
     * import, an attribute, ...); nothing of the rule set is compiled or run. See SECURITY.md.
     */
    NIET_TOEGESTAAN,
    /**
     * A decision-table cell does not fit its column (a name that is not one of the column's values, text with a quote,
     * a word in a number column, ...); it is never pasted into code.
     */
    CEL_ONGELDIG,
    /** There is no {@code regelset.json}. */
    MANIFEST_ONTBREEKT,
    /** {@code regelset.json} is not valid JSON. */
    MANIFEST_ONLEESBAAR,
    /** The manifest has no {@code naam}, {@code versie} or {@code geldigVanaf}, or it is empty. */
    MANIFEST_VELD_ONTBREEKT,
    /** The manifest's {@code geldigVanaf} or {@code geldigTot} is not a date (JJJJ-MM-DD), or geldigTot lies before geldigVanaf. */
    MANIFEST_DATUM_ONGELDIG,
    /**
     * A file or folder in the rule folder is a link (a symbolic link, wherever it leads, or a hard link: a file with a
     * second name), or was swapped while it was read; it is not read.
     */
    KOPPELING_BUITEN_MAP,
    /** A rule file is larger than 5 MB; it is not read. */
    BESTAND_TE_GROOT,
    /** A file with a rule file's name is a pipe, device or socket, not a regular file; it is not opened. */
    GEEN_GEWOON_BESTAND,
    /** A name in the rule folder holds a control character, a line break, a direction sign or a backslash. */
    BESTANDSNAAM_ONGELDIG,
    /** The rule folder has a subfolder; rule files belong directly in the folder. */
    SUBMAP,
    /** The folder holds no {@code .drl} or {@code .drl.csv} file. */
    GEEN_REGELS,
    /**
     * The folder mixes the two layouts: rule files of one version directly in it, and version folders beside them.
     * A folder is one version (its {@code regelset.json} at the top) or a folder of versions (one folder each).
     */
    INDELING_ONGELDIG,
    /**
     * A folder under {@code gemeenten/} is not named by a CBS gemeentecode of four digits, or its manifest names
     * another gemeente, or the gemeente has no {@code regelset.json} with naam and versie.
     */
    GEMEENTEMAP_ONGELDIG,
    /** A quoted cell of a decision table is never closed. */
    AANHALINGSTEKEN_OPEN,
    /** Drools cannot turn a decision table into rules, or a {@code .drl.xlsx} is no workbook of one sheet of values. */
    TABEL_ONLEESBAAR,
    /** A {@code .drl.csv} is not saved as UTF-8 (Excel's Windows-1252, say); the fix names how to save it. */
    CODERING_ONGELDIG,
    /** One table is in the folder twice: as {@code x.drl.csv} and as {@code x.drl.xlsx}. */
    TABEL_DUBBEL,
    /** A cell of a {@code .drl.xlsx} holds a formula; a table holds values. */
    CEL_FORMULE,
    /** An imported workbook changed a locked row (the table's keywords, code or column names). */
    RIJ_VERGRENDELD,
    /** Drools cannot compile a rule (the message is Drools' own). */
    COMPILEERFOUT,
    /** A rule lacks its id, naam, grondslag or uitleg. */
    METADATA_ONTBREEKT,
    /** Two rules have the same id. */
    ID_DUBBEL,
    /** A catalogue row's bedrag is not a number. */
    BEDRAG_ONLEESBAAR,
    /** A rule outside a parameter table inserts a Parameter: it would fire in every evaluation. */
    PARAMETER_BUITEN_TABEL,
    /**
     * A parameter table cannot be read as data: a value that is not a whole number, a row without a value, a
     * condition, or an action that does not insert the cell's value under the row's id.
     */
    PARAMETER_ONGELDIG,
    /**
     * A parameter's value lies outside the bounds its row gives in the parameter table's {@code minimum} and
     * {@code maximum} columns.
     */
    PARAMETER_BUITEN_GRENZEN,
    /** No rule reads this parameter (no {@code Parameter(naam == "...")} with its name): a misspelt or forgotten name. */
    PARAMETER_ONGEBRUIKT,
    /**
     * A rule reads a parameter ({@code Parameter(naam == "...")}) that no parameter table has: the rule would never
     * apply, so the advice would fail or be wrong for every aanvraag.
     */
    PARAMETER_ONBEKEND,
    /**
     * Two versions of the afwegingskader would be in force on the same day (their geldigVanaf to geldigTot overlap),
     * so the peildatum cannot choose one; the rules folder does not load.
     */
    VERSIES_OVERLAPPEN,
    /** A decision table names a HitPolicy that does not exist. */
    HITPOLICY_ONBEKEND,
    /** A condition of a table with a HitPolicy is written in a form the check cannot read. */
    VOORWAARDE_NIET_NA_TE_GAAN,
    /** A table with a HitPolicy has too many combinations of input values to check. */
    TE_VEEL_COMBINATIES,
    /** A gap: an input no row of a table with a HitPolicy covers. */
    TABEL_GAT,
    /** An overlap: two rows that both apply where the HitPolicy forbids it. */
    TABEL_OVERLAP,
    /**
     * A rule changes ({@code modify} or {@code update}) a fact its own conditions match, on a property those
     * conditions read, without {@code no-loop} or {@code lock-on-active}: it can fire itself again and again.
     */
    REGEL_KAN_HERHALEN,
    /** Between two versions there are days on which no version is in force. */
    VERSIES_GAT,
    /**
     * A version keeps the naam and versie of a rule set that was used before (in a given audit log or fixture) while
     * its content, and so its hash, differs: two different rule sets would share one name. Give it a new versie.
     */
    VERSIE_NAAM_HERGEBRUIKT,
    /**
     * A decision table is larger than a policy table needs: more than 5,000 rows, 60 columns (A to BH) or 20,000 filled
     * cells, or a workbook with more than 20,000 texts or that unpacks to more than 16 MB. It is refused before it is
     * read into rows, so a table that claims a cell at column XFD or row 1,000,000 costs nothing to refuse. Unlike the
     * codes just before it, this one stops the rule set from loading.
     */
    TABEL_TE_GROOT,
    /**
     * Loading or checking the rule set stopped on something no check above names: the JVM ran out of stack (an
     * expression nested too deep for the parser) or memory, or Drools or the engine failed unexpectedly. The message
     * says what; nothing of the rule set is used.
     */
    LADEN_MISLUKT,
    /**
     * {@code tabellen import}: the workbook was exported from another rule set, version, gemeente or table than the
     * table it would replace (or says nowhere where it comes from); nothing is written. Both places are named.
     */
    WERKMAP_ANDERE_PLAATS,
    /**
     * {@code tabellen import}: the table the workbook would replace has changed since the workbook was exported
     * (someone else's edit, which the import would undo); nothing is written. The rows that changed are named; the
     * officer may overwrite them on purpose ({@code --overschrijf-latere-wijzigingen}).
     */
    TABEL_VERANDERD_NA_EXPORT
}
