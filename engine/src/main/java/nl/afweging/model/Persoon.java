package nl.afweging.model;

/** De aanvrager; alleen wat de afweging nodig heeft. */
public record Persoon(int leeftijd) {}
