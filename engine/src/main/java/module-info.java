/**
 * The afweging engine. Only the API packages are exported; everything under {@code nl.afweging.impl} is closed to
 * other modules, so the compiler refuses any use of it from outside.
 */
module nl.afweging.engine {
    exports nl.afweging;
    exports nl.afweging.model;
    exports nl.afweging.feiten;
    exports nl.afweging.replay;
    exports nl.afweging.docs;

    requires org.kie.api;
    // What each rule reads is taken from the compiled rules (impl.ruleset.CompiledReads).
    requires org.drools.base;
    requires org.drools.mvel;
    requires org.drools.util;
    requires org.drools.canonicalmodel;
    requires org.drools.compiler;
    requires org.drools.decisiontables;
    requires org.drools.model.codegen;
    requires org.drools.modelcompiler;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires org.slf4j;

    // The JSON Schemas are resources of this package; any reader may load them.
    opens nl.afweging.schema;
    // Jackson reads and writes the contract's records by reflection.
    opens nl.afweging.model to com.fasterxml.jackson.databind;
}
