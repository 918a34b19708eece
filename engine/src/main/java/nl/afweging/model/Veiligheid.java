package nl.afweging.model;

/** De veiligheidsinschatting (Meldcode huiselijk geweld en kindermishandeling). */
public enum Veiligheid { GEEN, ZORGEN, VERMOEDEN_GEWELD, ACUUT_ONVEILIG }
