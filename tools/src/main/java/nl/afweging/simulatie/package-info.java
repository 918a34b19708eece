// SPDX-License-Identifier: EUPL-1.2
/**
 * Simulation: what a change of the rules does to a population. {@link nl.afweging.simulatie.Populatie} draws a
 * synthetic population of aanvragen from a seed (see docs/populatie.md); {@link nl.afweging.simulatie.Simulatie} runs
 * a population through two rule sets and counts it into a {@link nl.afweging.simulatie.SimulatieRapport} of what
 * changes. Both work through {@code nl.afweging.impl.simulatie} and use the model.
 */
package nl.afweging.simulatie;
