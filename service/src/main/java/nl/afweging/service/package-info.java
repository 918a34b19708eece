// SPDX-License-Identifier: EUPL-1.2
/**
 * The HTTP service (API): {@link nl.afweging.service.Service} serves the engine as the REST API {@code /api/v1} (NL
 * API Design Rules), with API keys and roles, health, Prometheus metrics, the OpenAPI document and the proefomgeving
 * page. Everything else in this package is package-private and free to change. It uses the engine's exported API only.
 */
package nl.afweging.service;
