// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

/** De dertien leefgebieden van de Zelfredzaamheid-Matrix (ZRM 2017). */
public enum Leefgebied {
    /** Financiën. */
    FINANCIEN,
    /** Werk en opleiding. */
    WERK_OPLEIDING,
    /** Tijdsbesteding. */
    TIJDSBESTEDING,
    /** Huisvesting. */
    HUISVESTING,
    /** Huiselijke relaties. */
    HUISELIJKE_RELATIES,
    /** Geestelijke gezondheid. */
    GEESTELIJKE_GEZONDHEID,
    /** Lichamelijke gezondheid. */
    LICHAMELIJKE_GEZONDHEID,
    /** Middelengebruik. */
    MIDDELENGEBRUIK,
    /** Basale ADL (algemene dagelijkse levensverrichtingen). */
    BASALE_ADL,
    /** Instrumentele ADL. */
    INSTRUMENTELE_ADL,
    /** Sociaal netwerk. */
    SOCIAAL_NETWERK,
    /** Maatschappelijke participatie. */
    MAATSCHAPPELIJKE_PARTICIPATIE,
    /** Justitie. */
    JUSTITIE
}
