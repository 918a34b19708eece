// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.afweging.Json;
import nl.afweging.service.Service;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code afweging sleutel --naam NAAM --rol ROL...}: a new API key for the service, and its line for the configuration file. */
@Command(name = "sleutel", mixinStandardHelpOptions = true,
        description = {"Maakt een nieuwe API-sleutel voor de webdienst (serve --config).",
                "Op stdout komen de sleutel zelf (geef die aan het systeem dat de dienst aanroept; hij wordt nergens bewaard)"
                        + " en de regel voor de lijst 'sleutels' in het configuratiebestand, met alleen de hash van de sleutel.",
                "Een sleutel intrekken of vervangen: haal zijn regel uit het bestand of zet er een nieuwe bij; de dienst leest"
                        + " het bestand binnen een seconde opnieuw."})
final class SleutelCommand implements Callable<Integer> {
    enum Rol { adviseur, beheerder, auditor }

    private final Streams io;

    @Option(names = "--naam", required = true, paramLabel = "NAAM", description = "Wie de sleutel krijgt, zoals 'zaaksysteem' (komt in foutmeldingen, nooit de sleutel).")
    private String naam;

    @Option(names = "--rol", required = true, paramLabel = "ROL", description = "Wat de sleutel mag: ${COMPLETION-CANDIDATES} (herhaal voor meer rollen).")
    private List<Rol> rollen = new ArrayList<>();

    SleutelCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        if (naam.isBlank()) {
            io.err().println("--naam mag niet leeg zijn.");
            return Main.ONGELDIGE_INVOER;
        }
        String sleutel = Service.nieuweSleutel();
        Map<String, Object> regel = new LinkedHashMap<>();
        regel.put("naam", naam.strip());
        regel.put("rollen", rollen.stream().distinct().map(r -> r.name().toLowerCase(Locale.ROOT)).toList());
        regel.put("hash", Service.sleutelHash(sleutel));
        io.out().println("sleutel: " + sleutel);
        io.out().println(Json.write(regel));
        return Main.OK;
    }
}
