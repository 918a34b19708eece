// SPDX-License-Identifier: EUPL-1.2
/**
 * The signed audit log beside the core ({@link nl.afweging.audit.AuditLog}, {@link nl.afweging.audit.AuditKeys}): an
 * append-only record of every advice and every besluit, chained and signed, with its check. An application that keeps
 * no audit log leaves this module out; one that does hands the log to the engine ({@code Engine.Builder.audit}).
 */
// The qualified export names a module an application without the tools does not have; that is the point.
@SuppressWarnings("module")
module nl.afweging.audit {
    exports nl.afweging.audit;

    // Replay (module nl.afweging.tools) reads a log's lines and compares advices as this module hashes them.
    exports nl.afweging.impl.audit to nl.afweging.tools;

    // The records hold the core's contract records (Aanvraag, Advies).
    requires transitive nl.afweging.engine;
    requires com.fasterxml.jackson.databind;
}
