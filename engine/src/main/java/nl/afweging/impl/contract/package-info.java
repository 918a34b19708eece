/**
 * Internal: checking an aanvraag against the contract, and the one Jackson configuration of the contract JSON.
 * Uses only the model.
 */
package nl.afweging.impl.contract;
