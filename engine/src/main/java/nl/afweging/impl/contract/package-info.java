// SPDX-License-Identifier: EUPL-1.2
/**
 * Internal: the aanvraag's shape as the model records declare it (read once by {@code Declaration}), and what
 * follows from it: checking an aanvraag as JSON or as a record ({@link nl.afweging.impl.contract.AanvraagValidator}),
 * reading a contract path such as {@code persoon.leeftijd} ({@link nl.afweging.impl.contract.ContractPaths}); also
 * the one Jackson configuration of the contract JSON. Uses only the model.
 */
package nl.afweging.impl.contract;
