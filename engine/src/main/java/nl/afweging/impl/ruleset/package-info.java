/**
 * Internal: a rule set from files to a compiled KieBase: its source, the parse, metadata, catalogue and parameters,
 * compiling, the compiled-rules cache. Uses the model, the rule vocabulary ({@code feiten}) and support.
 */
package nl.afweging.impl.ruleset;
