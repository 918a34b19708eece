// SPDX-License-Identifier: EUPL-1.2
/**
 * The contract (API): the aanvraag, the advies and what they hold, as immutable records and enums, plus the
 * problems the engine reports ({@link nl.afweging.model.Fout}, {@link nl.afweging.model.LoadProblem}). Uses nothing
 * of the engine but the annotations below.
 *
 * <p>The aanvraag's records ({@link nl.afweging.model.Aanvraag} and the records it holds) are also the one
 * declaration of its shape: which fields there are and in which order (the component order), which are required,
 * what each may hold, which are not for rules. The engine reads it once and derives from it the check of a JSON
 * aanvraag, the check of an {@code Aanvraag} built in Java, and the reading of a contract path such as
 * {@code persoon.leeftijd}; a test holds the published {@code aanvraag.schema.json} to it. What the Java type says
 * is not annotated: an enum allows its constants, a {@code boolean} is true or false, a {@code LocalDate} is a date
 * {@code JJJJ-MM-DD}, a {@code List} is a JSON array, a {@code Map} with enum keys is an object with those keys, a
 * record is an object with its components as fields. A {@code String} needs {@code @Patroon} or {@code @VrijeTekst},
 * a whole number {@code @Geheel}: without them the engine refuses to start.
 *
 * <p>The annotations are internal ({@code nl.afweging.impl.constraints}, not exported: an embedder reads the rules
 * they state in the JSON Schema or in an invalid aanvraag's {@link nl.afweging.model.Fout}s). Two kinds: what a
 * <em>field</em> is ({@code @Verplicht}, {@code @NietVoorRegels}) sits on the record component; what a <em>value</em>
 * may be ({@code @Patroon}, {@code @Geheel}, {@code @Waarden}, {@code @VrijeTekst}, {@code @NietNa}, {@code @Lijst})
 * sits on its type, so it can also sit on the values of a map:
 * {@code Map<Leefgebied, @Geheel(van = 1, totEnMet = 5) Integer> zrm}.
 */
package nl.afweging.model;
