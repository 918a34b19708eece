// SPDX-License-Identifier: EUPL-1.2
/**
 * The tools beside the core: the documentation of a rule set ({@link nl.afweging.docs.RuleSetDocs}, {@code docs}),
 * replaying fixtures and audit logs ({@link nl.afweging.replay.Replay}), and the simulation of a change on a
 * population ({@link nl.afweging.simulatie.Simulatie}, {@link nl.afweging.simulatie.Populatie}). An application that
 * only advises leaves this module out.
 */
module nl.afweging.tools {
    exports nl.afweging.docs;
    exports nl.afweging.replay;
    exports nl.afweging.simulatie;

    // The documentation's records are the core's (Regel, Regelset, LoadProblem).
    requires transitive nl.afweging.engine;
    // Replay reads audit logs and compares advices as the log hashes them.
    requires nl.afweging.audit;
    requires com.fasterxml.jackson.databind;

    // Jackson writes the simulation's report records by reflection.
    opens nl.afweging.simulatie to com.fasterxml.jackson.databind;
}
