// SPDX-License-Identifier: EUPL-1.2
/**
 * Internal: the contract's rules for a field (required, allowed values, a pattern, a range, free text), as annotations
 * on the records of {@code nl.afweging.model}. {@code impl.contract.Declaration} reads them into the checks of an
 * aanvraag and the JSON Schema; an embedder never needs them, so they are not exported. Uses nothing.
 */
package nl.afweging.impl.constraints;
