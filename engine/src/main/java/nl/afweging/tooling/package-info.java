/**
 * The tools behind the command line, for embedders who want them in their own systems: checking a rule set
 * ({@link nl.afweging.tooling.RuleSetCheck}), replaying fixtures and audit logs, rule coverage and the rule
 * set's documentation. Like {@code nl.afweging}, no Drools type appears here.
 */
package nl.afweging.tooling;
