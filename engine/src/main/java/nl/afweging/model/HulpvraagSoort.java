// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

/** Waar de hulpvraag over gaat. */
public enum HulpvraagSoort {
    /** Hulp bij het huishouden. */
    HUISHOUDEN,
    /** Persoonlijke verzorging. */
    PERSOONLIJKE_VERZORGING,
    /** Begeleiding. */
    BEGELEIDING,
    /** Dagbesteding. */
    DAGBESTEDING,
    /** Opvoeden en opgroeien. */
    OPVOEDEN_OPGROEIEN,
    /** Psychische problemen. */
    PSYCHISCH,
    /** Geldzaken en schulden. */
    FINANCIEN,
    /** Wonen en huisvesting. */
    HUISVESTING,
    /** Werk en inkomen. */
    WERK_INKOMEN,
    /** School en onderwijs. */
    SCHOOL,
    /** Vervoer. */
    VERVOER,
    /** Aanpassing van de woning. */
    WONINGAANPASSING
}
