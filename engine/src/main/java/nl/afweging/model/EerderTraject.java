package nl.afweging.model;

import java.time.LocalDate;

/** Een eerder hulptraject en hoe het afliep. */
public record EerderTraject(Niveau niveau, Resultaat resultaat, LocalDate einddatum) {}
