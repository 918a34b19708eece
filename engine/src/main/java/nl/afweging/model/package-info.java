/**
 * The contract (API): the aanvraag, the advies and what they hold, as immutable records and enums, plus the
 * problems the engine reports ({@link nl.afweging.model.Fout}, {@link nl.afweging.model.LoadProblem}). The lowest
 * package: it uses nothing of the engine.
 */
package nl.afweging.model;
