// SPDX-License-Identifier: EUPL-1.2
/**
 * Replay (API): re-runs fixtures and audit records and shows each difference as expected vs actual, with rule
 * coverage. A tool on top of the face: uses {@code nl.afweging}, the model and the audit internals.
 */
package nl.afweging.replay;
