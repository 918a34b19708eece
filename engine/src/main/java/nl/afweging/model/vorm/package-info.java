/**
 * De vorm van de aanvraag, op één plek verklaard: annotations on the components of the model records
 * ({@link nl.afweging.model.Aanvraag} and the records it holds). Together with the Java types they are the
 * declaration of the contract's input: which fields there are and in which order (the component order), which
 * are required, what each may hold, and which are not for rules. The engine reads them once and derives from
 * them the check of a JSON aanvraag, the check of an {@code Aanvraag} built in Java, and the reading of a
 * contract path such as {@code persoon.leeftijd}; a test holds the published {@code aanvraag.schema.json} to them.
 *
 * <p>What the Java type already says is not annotated: an enum allows its constants, a {@code boolean} is true
 * or false, a {@code LocalDate} is a date {@code JJJJ-MM-DD}, a {@code List} is a JSON array, a
 * {@code Map} with enum keys is an object with those keys, a record is an object with its components as fields.
 * A {@code String} needs {@link nl.afweging.model.vorm.Patroon} or {@link nl.afweging.model.vorm.VrijeTekst} and
 * a whole number needs {@link nl.afweging.model.vorm.Geheel}: the engine refuses to start without them.
 *
 * <p>Two kinds: what a <em>field</em> is ({@link nl.afweging.model.vorm.Verplicht},
 * {@link nl.afweging.model.vorm.NietVoorRegels}) sits on the record component; what a <em>value</em> may be
 * ({@link nl.afweging.model.vorm.Patroon}, {@link nl.afweging.model.vorm.Geheel},
 * {@link nl.afweging.model.vorm.Waarden}, {@link nl.afweging.model.vorm.VrijeTekst},
 * {@link nl.afweging.model.vorm.NietNa}, {@link nl.afweging.model.vorm.Lijst}) sits on its type, so it can also
 * sit on the values of a map: {@code Map<Leefgebied, @Geheel(van = 1, totEnMet = 5) Integer> zrm}.
 *
 * <p>Part of the contract (API), like the records. Uses nothing of the engine.
 */
package nl.afweging.model.vorm;
