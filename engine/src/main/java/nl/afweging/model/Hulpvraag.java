package nl.afweging.model;

import java.util.List;

/**
 * Wat de aanvrager vraagt. {@code omschrijving} is vrije tekst: the engine never logs it, never puts it in
 * an advies and never writes it to an audit record.
 */
public record Hulpvraag(List<HulpvraagSoort> soorten, Duur duur, String omschrijving) {
    public Hulpvraag {
        soorten = soorten == null ? List.of() : List.copyOf(soorten);
        duur = duur == null ? Duur.LANG : duur;
    }

    public Hulpvraag(List<HulpvraagSoort> soorten) {
        this(soorten, Duur.LANG, null);
    }
}
