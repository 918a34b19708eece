package nl.afweging.model;

/** Hoe lang de hulp naar verwachting nodig is: KORT is korter dan drie maanden. */
public enum Duur { KORT, LANG }
