package nl.afweging.model;

/** De wet waaronder de hulpvraag valt. */
public enum Wet { WMO, JEUGDWET }
