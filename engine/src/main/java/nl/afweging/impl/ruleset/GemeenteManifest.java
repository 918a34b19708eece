// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import nl.afweging.impl.contract.JsonSupport;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;

/**
 * The manifest of a gemeente's own regels ({@code gemeenten/CODE/regelset.json}): {@code naam} and {@code versie}
 * (required), {@code gemeente} (optional; when given, it must be the folder's code) and an optional
 * {@code beschrijving}. It has no dates: the regels apply on top of whichever version is in force.
 */
public record GemeenteManifest(String code, String naam, String versie, String beschrijving) {

    /** Reads the manifest of gemeente {@code code} from a combined source; null, with every problem added, when it is not right. */
    static GemeenteManifest read(RuleSource source, String code, List<LoadProblem> problems) {
        String pad = RuleSource.gemeentePrefix(code) + RuleSource.MANIFEST;
        Bron bron = new Bron(pad, 0);
        byte[] bytes = source.files().get(pad);
        if (bytes == null) {
            problems.add(bron.probleem(ProblemCode.GEMEENTEMAP_ONGELDIG, "het manifest ontbreekt: maak " + pad
                    + " met naam en versie van de gemeenteregels"));
            return null;
        }
        JsonNode json;
        try {
            json = JsonSupport.readTree(bytes);
        } catch (IOException e) {
            problems.add(bron.probleem(ProblemCode.MANIFEST_ONLEESBAAR, "geen geldige JSON: " + JsonSupport.describe(e)));
            return null;
        }
        int before = problems.size();
        String naam = Manifest.text(json, "naam", bron, problems);
        String versie = Manifest.text(json, "versie", bron, problems);
        JsonNode gemeente = json.get("gemeente");
        if (gemeente != null && !code.equals(gemeente.asText())) {
            problems.add(bron.probleem(ProblemCode.GEMEENTEMAP_ONGELDIG, "het manifest noemt gemeente " + gemeente
                    + ", maar staat in de map van gemeente " + code + "; maak ze gelijk"));
        }
        JsonNode beschrijving = json.get("beschrijving");
        String omschrijving = beschrijving != null && beschrijving.isTextual() && !beschrijving.asText().isBlank()
                ? beschrijving.asText().strip() : null;
        return problems.size() == before ? new GemeenteManifest(code, naam, versie, omschrijving) : null;
    }
}
