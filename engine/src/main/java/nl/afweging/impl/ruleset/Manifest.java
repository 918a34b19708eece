// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.afweging.impl.contract.JsonSupport;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;

/**
 * The manifest of a rule set ({@value RuleSource#MANIFEST}): which rule set it is ({@code naam}, {@code versie}),
 * from when it applies ({@code geldigVanaf}), an optional last day ({@code geldigTot}, inclusive; null: until the
 * next version starts, or for ever) and an optional {@code beschrijving} (null when it has none).
 */
public record Manifest(String naam, String versie, LocalDate geldigVanaf, LocalDate geldigTot, String beschrijving) {

    /** Reads the manifest; null, with every problem added, when it is missing, not JSON or incomplete. */
    static Manifest read(RuleSource source, List<LoadProblem> problems) {
        Bron bron = new Bron(RuleSource.MANIFEST, 0);
        if (!source.files().containsKey(RuleSource.MANIFEST)) {
            problems.add(bron.probleem(ProblemCode.MANIFEST_ONTBREEKT,
                    "het manifest ontbreekt: maak " + RuleSource.MANIFEST + " met naam, versie en geldigVanaf"));
            return null;
        }
        JsonNode json;
        try {
            json = JsonSupport.readTree(source.files().get(RuleSource.MANIFEST));
        } catch (IOException e) {
            problems.add(bron.probleem(ProblemCode.MANIFEST_ONLEESBAAR, "geen geldige JSON: " + JsonSupport.describe(e)));
            return null;
        }
        int before = problems.size();
        String naam = text(json, "naam", bron, problems);
        String versie = text(json, "versie", bron, problems);
        String geldig = text(json, "geldigVanaf", bron, problems);
        LocalDate geldigVanaf = geldig == null ? null : date("geldigVanaf", geldig, bron, problems);
        JsonNode tot = json.get("geldigTot");
        LocalDate geldigTot = null;
        if (tot != null) {
            geldigTot = tot.isTextual() ? date("geldigTot", tot.asText(), bron, problems) : null;
            if (!tot.isTextual()) {
                problems.add(bron.probleem(ProblemCode.MANIFEST_DATUM_ONGELDIG, "geldigTot is geen datum (JJJJ-MM-DD): " + tot));
            } else if (geldigTot != null && geldigVanaf != null && geldigTot.isBefore(geldigVanaf)) {
                problems.add(bron.probleem(ProblemCode.MANIFEST_DATUM_ONGELDIG, "geldigTot " + geldigTot + " ligt voor geldigVanaf "
                        + geldigVanaf + "; geldigTot is de laatste dag waarop de versie geldt"));
            }
        }
        JsonNode beschrijving = json.get("beschrijving");
        String omschrijving = beschrijving != null && beschrijving.isTextual() && !beschrijving.asText().isBlank()
                ? beschrijving.asText().strip() : null;
        return problems.size() == before ? new Manifest(naam, versie, geldigVanaf, geldigTot, omschrijving) : null;
    }

    private static LocalDate date(String field, String text, Bron bron, List<LoadProblem> problems) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(bron.probleem(ProblemCode.MANIFEST_DATUM_ONGELDIG, field + " is geen datum (JJJJ-MM-DD): " + text));
            return null;
        }
    }

    static String text(JsonNode json, String field, Bron bron, List<LoadProblem> problems) {
        JsonNode value = json.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            problems.add(bron.probleem(ProblemCode.MANIFEST_VELD_ONTBREEKT, "het veld '" + field + "' ontbreekt of is leeg"));
            return null;
        }
        return value.asText();
    }
}
