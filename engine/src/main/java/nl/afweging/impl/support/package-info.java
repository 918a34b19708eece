/**
 * Internal: what every layer may use: SHA-256 and the facts of this build (engine and Drools version).
 * Uses nothing of the engine.
 */
package nl.afweging.impl.support;
