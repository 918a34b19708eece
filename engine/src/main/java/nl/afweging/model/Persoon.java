package nl.afweging.model;

import nl.afweging.model.vorm.Geheel;
import nl.afweging.model.vorm.Verplicht;

/** De aanvrager; alleen wat de afweging nodig heeft. */
public record Persoon(@Verplicht @Geheel(van = 0, totEnMet = 120) int leeftijd) {}
