// SPDX-License-Identifier: EUPL-1.2
/**
 * The face of the library (API): {@link nl.afweging.Engine} (load a rule set once, then evaluate aanvragen, one or
 * a stream), {@link nl.afweging.Json}, {@link nl.afweging.AuditTrail} (where an audit log plugs in),
 * {@link nl.afweging.RuleSetCheck} and the exceptions. May use every package below it; nothing below uses it.
 */
package nl.afweging;
