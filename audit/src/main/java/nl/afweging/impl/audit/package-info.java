// SPDX-License-Identifier: EUPL-1.2
/**
 * Internal: the audit record (canonical JSON, hash chain) and reading a log line by line. Uses the contract JSON
 * configuration and support; {@link nl.afweging.audit.AuditLog} is its face.
 */
package nl.afweging.impl.audit;
