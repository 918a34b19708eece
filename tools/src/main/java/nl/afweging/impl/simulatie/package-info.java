// SPDX-License-Identifier: EUPL-1.2
/**
 * Internal: how {@link nl.afweging.simulatie.Populatie} draws a synthetic aanvraag ({@code Trekker}, with the
 * distributions of {@code docs/populatie.md}) and writes it as one compact JSON line ({@code JsonRegel}), block by
 * block on several threads ({@code Blokken}); and how {@link nl.afweging.simulatie.Simulatie} counts the two advices
 * of every aanvraag into its report ({@code Telling}, with {@code Kostentelling} and {@code Bundeling}), on one
 * thread, keeping counts only.
 */
package nl.afweging.impl.simulatie;
