/**
 * Simulation: a population of aanvragen through two rule sets, counted into a report of what changes
 * ({@link nl.afweging.simulatie.Simulatie}, {@link nl.afweging.simulatie.SimulatieRapport}).
 */
package nl.afweging.simulatie;
