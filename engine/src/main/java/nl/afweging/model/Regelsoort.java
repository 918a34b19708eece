package nl.afweging.model;

/** What a rule in a rule set is for; only a beslisregel appears in an advies's {@code regels}. */
public enum Regelsoort {
    /** A rule of the afwegingskader (L0, V1, E1, ...): it decides or signals something about the aanvraag. */
    BESLISREGEL,
    /** A row of the parameter table: a threshold or term that other rules read. */
    PARAMETER,
    /** A row of the voorzieningen catalogue: an offer to suggest at the advised level. */
    VOORZIENING,
    /** The closing rule that fixes the advised level once every other rule has fired. */
    AFRONDING;

    /** Known by what the rule inserts: a Parameter, a Voorstel, a Besluit, or else a finding of its own. */
    public static Regelsoort vanActie(String actie) {
        if (actie.contains("new Parameter(")) {
            return PARAMETER;
        }
        if (actie.contains("new Voorstel(")) {
            return VOORZIENING;
        }
        return actie.contains("Besluit.bereken(") || actie.contains("new Besluit(") ? AFRONDING : BESLISREGEL;
    }
}
