/**
 * Internal: how {@link nl.afweging.simulatie.Populatie} draws a synthetic aanvraag ({@code Trekker}, with the
 * distributions of {@code docs/populatie.md}) and writes it as one compact JSON line ({@code JsonRegel}), block by
 * block on several threads ({@code Blokken}). Uses only the model.
 */
package nl.afweging.impl.simulatie;
