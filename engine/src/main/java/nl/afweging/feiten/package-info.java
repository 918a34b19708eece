// SPDX-License-Identifier: EUPL-1.2
/**
 * The vocabulary that rule files are written in: the facts the engine inserts for an aanvraag
 * ({@link nl.afweging.feiten.Casus}, {@link nl.afweging.feiten.Profiel}, {@link nl.afweging.feiten.Huisgenoot},
 * {@link nl.afweging.feiten.Traject}, {@link nl.afweging.feiten.Vraag}) and the findings rules insert
 * ({@link nl.afweging.feiten.Basisniveau}, {@link nl.afweging.feiten.Vloer}, {@link nl.afweging.feiten.Plafond},
 * {@link nl.afweging.feiten.Spoed}, {@link nl.afweging.feiten.Verwijzing},
 * {@link nl.afweging.feiten.Aandachtspunt}, ...). The engine attributes every inserted finding to the rule
 * that inserted it; that is how the advies explains itself.
 *
 * <p>A member that gives the rules a field of the aanvraag names it with {@link nl.afweging.feiten.Leest}; from that
 * the advies knows what a rule read ({@code gelezen}). Every field is read by some member or marked
 * {@code @NietVoorRegels} on the model record.
 *
 * <p>This package is for rule authors. Embedders use {@code nl.afweging} and {@code nl.afweging.model}.
 */
package nl.afweging.feiten;
