/**
 * The contract (API): the aanvraag, the advies and what they hold, as immutable records and enums, plus the
 * problems the engine reports ({@link nl.afweging.model.Fout}, {@link nl.afweging.model.LoadProblem}). The aanvraag's
 * records are also the one declaration of its shape: their components, in order, with the annotations of
 * {@link nl.afweging.model.vorm}. The lowest package: it uses nothing of the engine.
 */
package nl.afweging.model;
