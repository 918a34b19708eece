// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

/**
 * A gemeente's own regels on top of a version of the afwegingskader: its CBS code, the naam and versie its manifest
 * gives, and a SHA-256 over its own files (the advies' {@link Regelset#hash()} covers the version and these together).
 */
public record GemeenteRegels(String code, String naam, String versie, String hash) {}
