package nl.afweging.model;

/** Iemand die met de aanvrager samenwoont (voor gebruikelijke hulp). */
public record Huisgenoot(Relatie relatie, int leeftijd, boolean beschikbaar, boolean overbelast, boolean beperking) {}
