package nl.afweging.model;

import java.time.LocalDate;

/** Which rule set made an advies: naam, versie, the date it is in force from, and a SHA-256 over its files. */
public record Regelset(String naam, String versie, LocalDate geldigVanaf, String hash) {}
