// SPDX-License-Identifier: EUPL-1.2
package voorbeeld;

import java.nio.file.Path;
import java.time.LocalDate;
import nl.afweging.Engine;
import nl.afweging.EvaluationException;
import nl.afweging.InvalidAanvraagException;
import nl.afweging.ReloadableEngine;
import nl.afweging.RuleSetLoadException;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Advies;
import nl.afweging.model.HulpvraagSoort;
import nl.afweging.model.Leefgebied;
import nl.afweging.model.Wet;

/**
 * A gemeente's application that asks the engine for advice: one engine for the whole process, built once (it is
 * thread-safe), with a cache folder so a restart reads the compiled rules instead of compiling them, and every
 * exception the engine can throw handled where it belongs.
 */
public final class Voorbeeld implements AutoCloseable {
    private final ReloadableEngine regels;

    /**
     * The rules in {@code regelmap} (a copy of afweging's rules/ folder), or the built-in ones when it is null.
     *
     * @throws RuleSetLoadException when the rules do not load: every problem names its file and line; do not start
     */
    public Voorbeeld(Path regelmap, Path cache) {
        Engine.Builder builder = Engine.builder().cache(cache);
        if (regelmap != null) {
            builder.rules(regelmap);
        }
        regels = ReloadableEngine.load(builder);
    }

    /** The advice as one line for the application's screen, or what is wrong with the aanvraag. */
    public String adviseer(Aanvraag aanvraag) {
        try {
            Advies advies = regels.evaluate(aanvraag);
            return advies.niveau() + " (" + advies.regels().size() + " regels, regelset " + advies.regelset().versie() + ")";
        } catch (InvalidAanvraagException e) {
            // The aanvraag is wrong: show every problem to the person who filled it in; nothing was decided.
            return "ongeldig: " + e.fouten().size() + " fouten, de eerste bij " + e.fouten().get(0).pad();
        } catch (EvaluationException e) {
            // The rules failed on this aanvraag (a rule threw, or the level stayed open): tell the rule owners.
            return "regelset faalt bij regel " + e.regelId() + " (" + e.bron() + ")";
        }
    }

    /** Reads the rules folder again: the new rules replace the old only when they load. */
    public ReloadableEngine.Herlading herlaad() {
        return regels.reload();
    }

    @Override
    public void close() {
        regels.close();
    }

    /** The example aanvraag of afweging's README: Wmo, 45 years, money and housing. */
    public static Aanvraag voorbeeldAanvraag() {
        return Aanvraag.builder("2026-000123", LocalDate.of(2026, 3, 1), Wet.WMO, 45)
                .soort(HulpvraagSoort.FINANCIEN)
                .zrm(Leefgebied.FINANCIEN, 2)
                .zrm(Leefgebied.HUISVESTING, 3)
                .build();
    }

    public static void main(String[] args) {
        Path cache = Path.of(System.getProperty("java.io.tmpdir"), "afweging-voorbeeld-cache");
        try (Voorbeeld voorbeeld = new Voorbeeld(args.length > 0 ? Path.of(args[0]) : null, cache)) {
            System.out.println(voorbeeld.adviseer(voorbeeldAanvraag()));
        } catch (RuleSetLoadException e) {
            System.err.println("De regels laden niet:");
            e.problems().forEach(p -> System.err.println("  " + p));
            System.exit(3);
        }
    }
}
