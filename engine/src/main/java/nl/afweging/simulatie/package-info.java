/**
 * Simulation: {@link nl.afweging.simulatie.Populatie}, a synthetic population of aanvragen drawn from a seed (see
 * docs/populatie.md). Draws through {@code nl.afweging.impl.simulatie}; uses the model.
 */
package nl.afweging.simulatie;
