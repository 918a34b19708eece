// SPDX-License-Identifier: EUPL-1.2
/**
 * Internal: what every layer may use: SHA-256, the facts of this build (engine and Drools version) and files only
 * their owner may read (the keys in the user's configuration folder), and watching a folder for changes.
 * Uses nothing of the engine.
 */
package nl.afweging.impl.support;
