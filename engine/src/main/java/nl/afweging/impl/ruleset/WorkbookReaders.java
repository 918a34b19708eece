// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import nl.afweging.impl.ruleset.tables.WorkbookReader;

/**
 * The Excel reader this JVM has, looked up once (a running JVM's providers do not change). A reader that is there
 * but cannot start (its Excel library missing) is no reader, and the finding for a workbook says why.
 */
final class WorkbookReaders {
    private static final Lookup FOUND = lookUp();

    private WorkbookReaders() {}

    private record Lookup(Optional<WorkbookReader> reader, String failure) {}

    static Optional<WorkbookReader> installed() {
        return FOUND.reader();
    }

    /** Why a workbook cannot be read here, in words for whoever installed the engine. */
    static String missing() {
        return "deze installatie leest geen Excel-werkmappen (" + (FOUND.failure() == null
                ? "afweging-tabellen staat niet naast afweging-engine" : FOUND.failure())
                + "). Zet de tabel terug als .drl.csv met ./afweging tabellen import, of voeg afweging-tabellen toe aan de toepassing";
    }

    private static Lookup lookUp() {
        try {
            Optional<WorkbookReader> reader = ServiceLoader.load(WorkbookReader.class, WorkbookReader.class.getClassLoader()).findFirst();
            // Its version names its Excel library: asked here, so a reader whose library is missing is found out now,
            // not later in the cache's fingerprint (a NoClassDefFoundError, which nothing there expects).
            reader.ifPresent(WorkbookReader::version);
            return new Lookup(reader, null);
        } catch (ServiceConfigurationError | LinkageError e) {
            return new Lookup(Optional.empty(), "afweging-tabellen is er, maar start niet: " + e.getMessage());
        }
    }
}
