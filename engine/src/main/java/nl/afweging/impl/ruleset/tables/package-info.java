// SPDX-License-Identifier: EUPL-1.2
/**
 * Internal: decision tables as policy staff see them (a CSV's rows and cells, rule tables with their columns and
 * rows) and the gap and overlap analysis of a table with a HitPolicy. Uses the model and the rule vocabulary only.
 */
package nl.afweging.impl.ruleset.tables;
