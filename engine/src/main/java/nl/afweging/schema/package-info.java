// SPDX-License-Identifier: EUPL-1.2
/**
 * The contract as JSON Schema (API), shipped as resources of this package: {@code aanvraag.schema.json},
 * {@code advies.schema.json}, {@code fixture.schema.json} and {@code audit-record.schema.json}. The module opens
 * the package, so the files can be read from the module path as from the class path.
 */
package nl.afweging.schema;
