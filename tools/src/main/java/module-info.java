// SPDX-License-Identifier: EUPL-1.2
/**
 * The tools beside the core: the documentation of a rule set ({@link nl.afweging.docs.RuleSetDocs}, {@code docs}). An
 * application that only advises leaves this module out.
 */
module nl.afweging.tools {
    exports nl.afweging.docs;

    // The documentation's records are the core's (Regel, Regelset, LoadProblem).
    requires transitive nl.afweging.engine;
}
