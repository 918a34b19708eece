/**
 * Internal: decision tables as policy staff see them (rows, cells, columns) and the gap and overlap analysis of a
 * table with a HitPolicy. Uses the model and the rule vocabulary only.
 */
package nl.afweging.impl.ruleset.tables;
