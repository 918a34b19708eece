// SPDX-License-Identifier: EUPL-1.2
/**
 * The afweging engine. Only the API packages are exported; everything under {@code nl.afweging.impl} is closed to
 * other modules, so the compiler refuses any use of it from outside.
 */
// The qualified exports below name modules that an embedder without workbooks does not have; that is the point.
@SuppressWarnings("module")
module nl.afweging.engine {
    exports nl.afweging;
    exports nl.afweging.model;
    exports nl.afweging.feiten;

    requires org.kie.api;
    // What each rule reads is taken from the compiled rules (impl.ruleset.CompiledReads).
    requires org.drools.base;
    requires org.drools.mvel;
    requires org.drools.util;
    requires org.drools.canonicalmodel;
    requires org.drools.compiler;
    // Every rule file is read with Drools' own parser and checked against an allow-list before it is compiled
    // (impl.ruleset.RuleCodeCheck).
    requires org.drools.drl.parser;
    requires org.drools.drl.ast;
    // A rule's actions are read with the parser the executable model compiles them with, every name resolved
    // (impl.ruleset.ConsequenceCheck).
    requires org.drools.mvelparser;
    requires com.github.javaparser.core;
    requires org.drools.decisiontables;
    // A parameter table is read with one keyword line left out (impl.ruleset.RowsLeftOut), through Drools' sheet listener.
    requires org.drools.templates;
    requires org.drools.model.codegen;
    // Drools' alpha network compiler, where it pays (impl.ruleset.AlphaNetwork).
    requires org.drools.ancompiler;
    requires org.drools.core;
    requires org.drools.kiesession;
    requires org.kie.memorycompiler;
    requires org.drools.modelcompiler;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires org.slf4j;

    // A decision table may be an Excel workbook (.drl.xlsx): read by module nl.afweging.tabellen when it is there, so the
    // core carries no Excel stack. The table types are that module's only view inside; nothing else sees them.
    exports nl.afweging.impl.ruleset.tables to nl.afweging.tabellen, nl.afweging.tools;
    // The documentation (module nl.afweging.tools) describes a rule set from its parse, the one the engine compiles;
    // an exported workbook (module nl.afweging.tabellen) offers in its dropdowns what the cell check accepts.
    exports nl.afweging.impl.ruleset to nl.afweging.tools, nl.afweging.tabellen;
    // Replay and the simulation (module nl.afweging.tools) run many aanvragen in input order on several threads and
    // read them as a batch line is read: the core's own machinery for each, so a replayed advice is made exactly as a
    // decided one. The audit log (module nl.afweging.audit) writes the advies as the contract's JSON and keeps its key
    // as the cache keeps its own: owner-only, in the user's configuration folder.
    exports nl.afweging.impl.evaluation to nl.afweging.tools;
    // Replay shows an aanvraag's id only when it has the contract's pattern (@Patroon on Aanvraag.id).
    exports nl.afweging.impl.constraints to nl.afweging.tools;
    exports nl.afweging.impl.contract to nl.afweging.tools, nl.afweging.audit;
    exports nl.afweging.impl.support to nl.afweging.audit;
    uses nl.afweging.impl.ruleset.tables.WorkbookReader;

    // The JSON Schemas are resources of this package; any reader may load them.
    opens nl.afweging.schema;
    // Jackson reads and writes the contract's records by reflection.
    opens nl.afweging.model to com.fasterxml.jackson.databind;
}
