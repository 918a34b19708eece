// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import nl.afweging.Engine;
import nl.afweging.docs.RuleSetDocs;
import nl.afweging.model.RegelsetInhoud;

/**
 * The documentation page of a loaded rule set, made from its folder on first request and kept by hash. The folder is
 * read again for it, so the page is used only when it documents exactly the rules that were loaded (the same hash):
 * a folder changed since, but not yet reloaded, gives no page rather than a page about other rules.
 */
final class Documentatie {
    /** A page, or why there is none. */
    record Pagina(String html, String reden) {}

    private final BiFunction<String, String, RuleSetDocs> maak;
    private final ConcurrentHashMap<String, String> paginas = new ConcurrentHashMap<>();

    Documentatie(BiFunction<String, String, RuleSetDocs> maak) {
        this.maak = maak;
    }

    /** Empty when the engine has no rule set with this hash. */
    Optional<Pagina> van(Engine engine, String hash) {
        Optional<RegelsetInhoud> inhoud = engine.inhoud().stream().filter(i -> i.regelset().hash().equals(hash)).findFirst();
        if (inhoud.isEmpty()) {
            return Optional.empty();
        }
        // Pages of rule sets a reload has replaced are no longer asked for: only the loaded ones are kept.
        paginas.keySet().retainAll(engine.regelsets().stream().map(r -> r.hash()).toList());
        String klaar = paginas.get(hash);
        if (klaar != null) {
            return Optional.of(new Pagina(klaar, null));
        }
        var regelset = inhoud.get().regelset();
        RuleSetDocs docs = maak.apply(regelset.versie(), regelset.gemeente() == null ? null : regelset.gemeente().code());
        if (!docs.regelset().hash().equals(hash)) {
            return Optional.of(new Pagina(null, "De regelmap is gewijzigd sinds de regels zijn geladen (nu "
                    + docs.regelset().hash() + "). Herlaad de regels, of vraag de documentatie van de nieuwe hash."));
        }
        String html = docs.html();
        paginas.put(hash, html);
        return Optional.of(new Pagina(html, null));
    }
}
