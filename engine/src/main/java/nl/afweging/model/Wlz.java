package nl.afweging.model;

/** Hoe de aanvrager tot de Wet langdurige zorg staat. */
public enum Wlz { GEEN, VERMOEDEN, INDICATIE }
