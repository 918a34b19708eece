// SPDX-License-Identifier: EUPL-1.2
/**
 * Decision tables as Excel workbooks, beside the core: {@code tabellen export} and {@code import}
 * ({@link nl.afweging.tabellen.Spreadsheets}), and the reader that lets the core load a {@code .drl.xlsx} from a
 * rules folder. An application that has no workbooks in its rules leaves this module, and Apache POI, out.
 */
module nl.afweging.tabellen {
    exports nl.afweging.tabellen;

    // Spreadsheets' results are the core's findings (LoadProblem).
    requires transitive nl.afweging.engine;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.poi;
    // Where a workbook comes from is kept in its custom document properties (impl.Herkomst), read from regelset.json.
    requires org.apache.poi.ooxml.schemas;
    requires com.fasterxml.jackson.databind;
    // A workbook's parts are counted, streaming, before POI reads it (WorkbookLimits): the same zip reader POI unpacks
    // with, and the XML stream reader.
    requires org.apache.commons.compress;
    requires java.xml;

    provides nl.afweging.impl.ruleset.tables.WorkbookReader with nl.afweging.tabellen.impl.XlsxTable;
}
