// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.afweging.feiten.Aandachtspunt;
import nl.afweging.feiten.Basisniveau;
import nl.afweging.feiten.Besluit;
import nl.afweging.feiten.Plafond;
import nl.afweging.feiten.PlafondVervalt;
import nl.afweging.feiten.Spoed;
import nl.afweging.feiten.Verwijzing;
import nl.afweging.feiten.Vloer;
import nl.afweging.feiten.Voorstel;
import nl.afweging.impl.ruleset.LoadedRuleSet;
import nl.afweging.impl.ruleset.RuleInfo;
import nl.afweging.impl.ruleset.VoorzieningInfo;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Advies;
import nl.afweging.model.Kostenindicatie;
import nl.afweging.model.Niveau;
import nl.afweging.model.Oordeel;
import nl.afweging.model.Regelsoort;
import nl.afweging.model.RouteStap;
import nl.afweging.model.ToegepasteRegel;
import nl.afweging.model.Voorziening;

/**
 * Turns what happened in one evaluation ({@link FiringTrace}) into the explained {@link Advies}: the level by
 * the afwegingskader's formula, the route past every lower level with the rules behind it, the fired rules
 * with what they read, the catalogue's voorzieningen and a short Dutch summary.
 */
final class AdviesBuilder {
    /** The phrases that depend on a level alone, filled in once instead of in every advice. */
    private static final Map<Niveau, String> PASSEND = perNiveau(n -> Phrases.tekst("reden.passend", capitalize(Phrases.niveau(n))));
    private static final Map<Niveau, String> ADVIES = perNiveau(n -> Phrases.tekst("toelichting.advies", Phrases.kort(n)));
    private static final Map<Niveau, String> KORT_MET_HOOFDLETTER = perNiveau(n -> capitalize(Phrases.kort(n)));
    private static final String SPOED = Phrases.tekst("toelichting.spoed");
    private static final String MENS = Phrases.tekst("toelichting.mens");

    private final Aanvraag aanvraag;
    private final LoadedRuleSet ruleSet;
    private final PhraseBook phrases;
    private final FiringTrace verloop;

    private String basisRegel;
    private Niveau basisniveau;
    private final Map<String, Niveau> vloeren = new LinkedHashMap<>();
    private final List<Niveau> plafonds = new ArrayList<>();
    private boolean plafondVervalt;
    private boolean spoed;
    private Niveau besluit;
    private final Set<String> verwijzingen = new TreeSet<>();
    private final Set<String> aandachtspunten = new TreeSet<>();
    /** The rules behind referrals and attention points, for the summary. */
    private final Set<String> signaalRegels = new LinkedHashSet<>();
    private final Map<String, Boolean> voorstellen = new LinkedHashMap<>();
    private final List<String> ladderRegels = new ArrayList<>();

    private AdviesBuilder(Aanvraag aanvraag, LoadedRuleSet ruleSet, PhraseBook phrases, FiringTrace verloop) {
        this.aanvraag = aanvraag;
        this.ruleSet = ruleSet;
        this.phrases = phrases;
        this.verloop = verloop;
    }

    static Advies bouw(Aanvraag aanvraag, LoadedRuleSet ruleSet, PhraseBook phrases, FiringTrace verloop, String engineVersie) {
        return new AdviesBuilder(aanvraag, ruleSet, phrases, verloop).bouw(engineVersie);
    }

    private Advies bouw(String engineVersie) {
        readFindings();
        Niveau niveau = Besluit.niveau(basisniveau, vloeren.values(), plafonds, plafondVervalt);
        if (besluit != null && besluit != niveau) {
            throw new EvaluationFailure(null, null, "De afronding van de regelset (" + besluit + ") wijkt af van het afwegingskader (" + niveau + ")", null);
        }
        List<String> beslisregels = verloop.fired().stream().filter(r -> ruleSet.regel(r).soort() == Regelsoort.BESLISREGEL).toList();
        List<RouteStap> route = route(niveau, beslisregels);
        return new Advies(aanvraag.id(), niveau, spoed, List.copyOf(verwijzingen), List.copyOf(aandachtspunten), route,
                voorzieningen(niveau), toelichting(niveau, route), regels(beslisregels), true, ruleSet.regelset(), engineVersie);
    }

    private void readFindings() {
        for (FiringTrace.Bevinding b : verloop.bevindingen()) {
            String rule = b.ruleName();
            Object feit = b.feit();
            if (feit instanceof Basisniveau) {
                basisniveau = b.basisniveau();
                basisRegel = rule;
                if (!b.wijziging()) {
                    ladderRegels.add(rule);
                }
            } else if (feit instanceof Vloer v) {
                vloeren.merge(rule, v.getNiveau(), Niveau::max);
            } else if (feit instanceof Plafond p) {
                plafonds.add(p.getNiveau());
            } else if (feit instanceof PlafondVervalt) {
                plafondVervalt = true;
            } else if (feit instanceof Spoed) {
                spoed = true;
            } else if (feit instanceof Verwijzing v) {
                verwijzingen.add(v.getCode());
                signaalRegels.add(rule);
            } else if (feit instanceof Aandachtspunt a) {
                aandachtspunten.add(a.getCode());
                signaalRegels.add(rule);
            } else if (feit instanceof Voorstel v) {
                voorstellen.merge(v.getCode(), v.isCollectief(), (x, y) -> x || y);
            } else if (feit instanceof Besluit bs) {
                besluit = bs.getNiveau();
            }
        }
        if (ladderRegels.size() != 1) {
            throw new EvaluationFailure(null, null, ladderRegels.isEmpty()
                    ? "De regelset gaf geen basisniveau voor aanvraag " + aanvraag.id() + ": de ladder heeft een gat (controleer met validate)"
                    : "De regelset gaf meer dan één basisniveau voor aanvraag " + aanvraag.id() + " (" + String.join(", ", ids(ladderRegels))
                      + "): de ladder overlapt (controleer met validate)", null);
        }
    }

    private List<RouteStap> route(Niveau niveau, List<String> beslisregels) {
        List<RouteStap> route = new ArrayList<>();
        for (Niveau stap : Niveau.values()) {
            if (stap == niveau) {
                List<String> redenen = new ArrayList<>();
                redenen.add(PASSEND.get(niveau));
                for (String rule : beslisregels) {
                    redenen.add(phrases.of(rule).alsReden());
                }
                route.add(new RouteStap(stap, Oordeel.PASSEND, redenen, ids(beslisregels)));
                break;
            }
            Map<String, Niveau> teHoog = new LinkedHashMap<>();
            if (basisniveau.isHogerDan(stap)) {
                teHoog.put(basisRegel, basisniveau);
            }
            vloeren.forEach((rule, vloer) -> {
                if (vloer.isHogerDan(stap)) {
                    teHoog.merge(rule, vloer, Niveau::max);
                }
            });
            List<String> redenen = new ArrayList<>();
            teHoog.forEach((rule, minstens) -> redenen.add(phrases.of(rule).vraagtMinstens().get(minstens)));
            route.add(new RouteStap(stap, Oordeel.ONTOEREIKEND, redenen, ids(teHoog.keySet())));
        }
        return route;
    }

    private List<Voorziening> voorzieningen(Niveau niveau) {
        return voorstellen.entrySet().stream()
                .map(e -> {
                    VoorzieningInfo v = ruleSet.catalogus().get(e.getKey());
                    Kostenindicatie kosten = v.bedrag() == null ? null : new Kostenindicatie(v.bedrag(), v.eenheid(), v.kostenbron());
                    return new Voorziening(v.code(), v.naam(), niveau, e.getValue(), v.productcategorie(), kosten);
                })
                .sorted(Comparator.comparing((Voorziening v) -> !v.collectief()).thenComparing(Voorziening::code))
                .toList();
    }

    private List<ToegepasteRegel> regels(List<String> beslisregels) {
        return beslisregels.stream().map(rule -> {
            RuleInfo r = ruleSet.regel(rule);
            return new ToegepasteRegel(r.id(), r.naam(), r.grondslag(), r.uitleg(), r.bron(),
                    Gelezen.van(aanvraag, r.leest(), ruleSet.parameters()));
        }).toList();
    }

    private String toelichting(Niveau niveau, List<RouteStap> route) {
        List<String> zinnen = new ArrayList<>();
        zinnen.add(ADVIES.get(niveau));
        if (spoed) {
            zinnen.add(SPOED);
        }
        for (RouteStap stap : route) {
            if (stap.oordeel() == Oordeel.ONTOEREIKEND) {
                String waarom = stap.regels().stream().map(this::naamMetId).collect(Collectors.joining("; "));
                zinnen.add(Phrases.tekst("toelichting.nietGenoeg", KORT_MET_HOOFDLETTER.get(stap.niveau()), waarom));
            }
        }
        if (!verwijzingen.isEmpty()) {
            zinnen.add(Phrases.tekst("toelichting.verwijzingen", String.join(", ", verwijzingen)));
        }
        if (!signaalRegels.isEmpty()) {
            zinnen.add(Phrases.tekst("toelichting.aandachtspunten",
                    ids(signaalRegels).stream().map(this::naamMetId).collect(Collectors.joining("; "))));
        }
        zinnen.add(MENS);
        return String.join(" ", zinnen);
    }

    private String naamMetId(String id) {
        RulePhrases r = phrases.ofId(id);
        return r == null ? id : r.naamMetId();
    }

    private List<String> ids(java.util.Collection<String> ruleNames) {
        if (ruleNames.isEmpty()) {
            return List.of();
        }
        // A loop, not a stream: this runs a few times per advice, and the stream's machinery cost more than the ids.
        List<String> ids = new ArrayList<>(ruleNames.size());
        for (String rule : ruleNames) {
            String id = ruleSet.regel(rule).id();
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return List.copyOf(ids);
    }

    private static Map<Niveau, String> perNiveau(Function<Niveau, String> tekst) {
        Map<Niveau, String> teksten = new EnumMap<>(Niveau.class);
        for (Niveau n : Niveau.values()) {
            teksten.put(n, tekst.apply(n));
        }
        return teksten;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
