// SPDX-License-Identifier: EUPL-1.2
/**
 * Internal: a rule set from files to a compiled KieBase. {@link nl.afweging.impl.ruleset.RuleSource} holds the files;
 * {@link nl.afweging.impl.ruleset.ParsedRuleSet} is their one reading (manifest, rules with metadata, conditions,
 * actions, kind and {@link nl.afweging.impl.ruleset.Bron}, decision tables), which loading, validate and the
 * documentation share; {@link nl.afweging.impl.ruleset.RuleSetLoader} compiles it and checks metadata, catalogue and
 * parameters, failing with {@link nl.afweging.impl.ruleset.RuleSetProblems}. Uses the model, the rule vocabulary
 * ({@code feiten}), support, contract and its own {@code tables}; never the API above it.
 */
package nl.afweging.impl.ruleset;
