// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.afweging.model.Advies;
import nl.afweging.model.Kostenindicatie;
import nl.afweging.model.Niveau;
import nl.afweging.model.Oordeel;
import nl.afweging.model.Regelset;
import nl.afweging.model.RouteStap;
import nl.afweging.model.ToegepasteRegel;
import nl.afweging.model.Voorziening;

/**
 * {@code decide --tekst}: an advies as plain Dutch (B1) for a person at a terminal. It adds nothing to the advies:
 * every reason, rule and voorziening is the advies' own text, in the same order; only the headings are ours.
 */
final class AdviesTekst {
    /** Wide enough for a sentence, narrow enough for a terminal beside another window. */
    static final int BREEDTE = 80;

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final String INSPRONG = "  ";
    private static final String OPSOMMING = "  - ";
    private static final String VERVOLG = "    ";
    private static final char VAST = '\u00A0';

    private static final Map<Niveau, String> NIVEAUS = Map.of(
            Niveau.NORMALISATIE, "Normalisatie",
            Niveau.SOCIALE_BASIS, "Sociale basis",
            Niveau.LOKAAL_TEAM, "Lokaal team",
            Niveau.SPECIALISTISCH_MAATWERK, "Specialistisch maatwerk");

    /** The contract's referral codes; a code a rule set adds later is shown as it is. */
    private static final Map<String, String> VERWIJZINGEN = Map.of(
            "VEILIG_THUIS", "Veilig Thuis",
            "WLZ", "Wet langdurige zorg (Wlz)",
            "ZVW", "Zorgverzekeringswet (Zvw)");

    private final List<String> regels = new ArrayList<>();

    private AdviesTekst() {}

    /** The advies as text, lines joined with a newline, without a newline at the end. */
    static String van(Advies advies) {
        AdviesTekst tekst = new AdviesTekst();
        tekst.schrijf(advies);
        return String.join("\n", tekst.regels);
    }

    /** The level in words, as a person says it: "Lokaal team". */
    static String niveau(Niveau niveau) {
        return NIVEAUS.get(niveau);
    }

    /** An amount the Dutch way, with two decimals: {@code € 1.234,50}. */
    static String bedrag(BigDecimal bedrag) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(NL));
        format.setRoundingMode(RoundingMode.HALF_UP); // money: half a cent rounds up, as on a bill
        return "€ " + format.format(bedrag);
    }

    /** A hash short enough to read aloud and still find: the algorithm and the first 12 hex digits. */
    static String korteHash(String hash) {
        int dubbelepunt = hash.indexOf(':');
        int einde = Math.min(hash.length(), dubbelepunt + 1 + 12);
        return hash.substring(0, einde);
    }

    private void schrijf(Advies a) {
        regels.add("Advies voor aanvraag " + a.aanvraagId() + ": " + niveau(a.niveau()) + ".");
        if (a.spoed()) {
            regels.add("Dit heeft spoed.");
        }
        lagereNiveaus(a);
        passend(a);
        lijst("Verwijzing naar", a.verwijzingen().stream().map(c -> VERWIJZINGEN.getOrDefault(c, c)).toList(), "geen");
        lijst("Let op", a.aandachtspunten().stream().map(AdviesTekst::code).toList(), "niets");
        voorzieningen(a.voorzieningen());
        toegepasteRegels(a.regels());
        regels.add("");
        alinea(a.menselijkeBeoordelingVereist()
                ? "Dit is een advies, geen besluit. Een professional beoordeelt het samen met de inwoner."
                : "Menselijke beoordeling is bij dit advies niet vereist.", "", "");
        regels.add("");
        alinea("Gemaakt met " + regelset(a.regelset()) + ", engine versie " + a.engineVersie() + ".", "", "");
    }

    /** Why each lower level was not enough, from the route: one block per level judged ONTOEREIKEND. */
    private void lagereNiveaus(Advies a) {
        regels.add("");
        regels.add("Waarom geen lager niveau?");
        List<RouteStap> lager = a.route().stream().filter(s -> s.oordeel() == Oordeel.ONTOEREIKEND).toList();
        if (lager.isEmpty()) {
            regels.add(INSPRONG + niveau(a.niveau()) + " is het laagste niveau.");
        }
        for (RouteStap stap : lager) {
            regels.add(INSPRONG + niveau(stap.niveau()) + " is niet genoeg:");
            stap.redenen().forEach(r -> alinea(r, OPSOMMING, VERVOLG));
        }
    }

    private void passend(Advies a) {
        regels.add("");
        regels.add("Waarom " + niveau(a.niveau()).toLowerCase(NL) + " past:");
        a.route().stream().filter(s -> s.oordeel() == Oordeel.PASSEND)
                .forEach(stap -> stap.redenen().forEach(r -> alinea(r, OPSOMMING, VERVOLG)));
    }

    private void lijst(String kop, List<String> items, String alsLeeg) {
        regels.add("");
        if (items.isEmpty()) {
            regels.add(kop + ": " + alsLeeg + ".");
            return;
        }
        regels.add(kop + ":");
        items.forEach(i -> alinea(i, OPSOMMING, VERVOLG));
    }

    private void voorzieningen(List<Voorziening> voorzieningen) {
        regels.add("");
        if (voorzieningen.isEmpty()) {
            regels.add("Voorzieningen: geen.");
            return;
        }
        regels.add("Voorzieningen:");
        for (Voorziening v : voorzieningen) {
            String tekst = v.naam() + " (" + niveau(v.niveau()).toLowerCase(NL) + ").";
            Kostenindicatie k = v.kostenindicatie();
            if (k != null && k.bedrag() != null) {
                // A reference for policy, never a reason for the level: the words say so.
                tekst += " Kosten ter referentie: " + bijElkaar(bedrag(k.bedrag())) + (k.eenheid() == null ? "" : " " + k.eenheid())
                        + "." + (k.bron() == null ? "" : " Bron: " + zin(k.bron()));
            }
            alinea(tekst, OPSOMMING, VERVOLG);
        }
    }

    private void toegepasteRegels(List<ToegepasteRegel> toegepast) {
        regels.add("");
        regels.add("Regels die zijn toegepast, in volgorde:");
        for (ToegepasteRegel r : toegepast) {
            alinea(r.id() + ": " + zin(r.naam()), OPSOMMING, VERVOLG);
            alinea("Grondslag: " + zin(r.grondslag()), VERVOLG, VERVOLG);
        }
    }

    /**
     * The rule set in words. Each part is optional, so a field the engine adds to {@link Regelset} (a municipal
     * override, say) is one more {@code if} here.
     */
    static String regelset(Regelset r) {
        if (r == null) {
            return "een onbekende regelset";
        }
        List<String> delen = new ArrayList<>();
        delen.add("regelset " + r.naam());
        if (r.versie() != null) {
            delen.add("versie " + r.versie());
        }
        if (r.geldigVanaf() != null) {
            delen.add("geldig vanaf " + datum(r.geldigVanaf()));
        }
        if (r.gemeente() != null) {
            delen.add("met de eigen regels van gemeente " + r.gemeente().code() + " (" + r.gemeente().naam() + " versie "
                    + r.gemeente().versie() + ")");
        }
        if (r.hash() != null) {
            delen.add("hash " + korteHash(r.hash()));
        }
        return String.join(", ", delen);
    }

    private static String datum(LocalDate datum) {
        return datum.format(DateTimeFormatter.ofPattern("d MMMM yyyy", NL));
    }

    /** A code such as EEN_GEZIN_EEN_PLAN as words, with the code itself to look it up: "Een gezin een plan (EEN_GEZIN_EEN_PLAN)". */
    private static String code(String code) {
        String woorden = code.replace('_', ' ').toLowerCase(NL);
        return woorden.isEmpty() ? code : Character.toUpperCase(woorden.charAt(0)) + woorden.substring(1) + " (" + code + ")";
    }

    /** The text as a sentence: a full stop at the end, unless it already ends in one. */
    private static String zin(String tekst) {
        String t = tekst == null ? "" : tekst.strip();
        return t.endsWith(".") || t.endsWith("?") || t.endsWith("!") ? t : t + ".";
    }

    /** Keeps "€" and its amount on one line: the wrapping breaks at spaces, not at a non-breaking one. */
    private static String bijElkaar(String tekst) {
        return tekst.replace(' ', VAST);
    }

    private void alinea(String tekst, String eerst, String daarna) {
        Omloop.regels(zichtbaar(tekst), eerst, daarna, BREEDTE).forEach(r -> regels.add(r.replace(VAST, ' ')));
    }

    /**
     * Rule texts come from rule files a municipality edits; a control character (an ANSI escape) or a direction
     * override in them must not steer the terminal, so it shows as {@code \\u001b}. Line breaks become spaces.
     */
    static String zichtbaar(String tekst) {
        StringBuilder b = new StringBuilder(tekst.length());
        tekst.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r' || c == '\t') {
                b.append(' ');
            } else if (Character.isISOControl(c) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
