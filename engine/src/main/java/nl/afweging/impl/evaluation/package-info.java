// SPDX-License-Identifier: EUPL-1.2
/**
 * Internal: one evaluation: the facts of an aanvraag, a pooled Drools session, the trace of what fired, and the
 * explained advies built from it (route, phrases, what each rule read); also running many in input order.
 * Uses the loaded rule set, the rule vocabulary, the model and the contract's paths.
 */
package nl.afweging.impl.evaluation;
