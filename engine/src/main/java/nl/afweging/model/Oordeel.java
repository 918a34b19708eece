package nl.afweging.model;

/** Het oordeel over één niveau in de route. */
public enum Oordeel {
    /** This level is not enough for the aanvraag. */
    ONTOEREIKEND,
    /** The lowest level that is enough: the advice. */
    PASSEND
}
