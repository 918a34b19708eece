// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.afweging.audit.Anker;
import nl.afweging.audit.AuditLog;
import nl.afweging.AuditLogException;
import nl.afweging.audit.BesluitReden;
import nl.afweging.audit.Overzicht;
import nl.afweging.audit.Telling;
import nl.afweging.audit.Verification;
import nl.afweging.model.Niveau;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code afweging audit}: commands on audit logs. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = {"Werkt met een auditlog.", "Een auditlog schrijft u met 'decide --audit LOG'."},
        subcommands = {AuditCommand.VerifyCommand.class, AuditCommand.AnkerCommand.class, AuditCommand.HerstelCommand.class, AuditCommand.BesluitCommand.class,
                AuditCommand.OverzichtCommand.class})
final class AuditCommand {
    /** A key or anchor that cannot be read, or no key at all: the command could not do its work. */
    static final int GEEN_SLEUTEL = 2;

    private AuditCommand() {}

    /** The public key to check with, or an exit code after a message. */
    private static Optional<PublicKey> publicKey(Path option, Streams io, boolean required) {
        try {
            PublicKey key = Sleutels.voorControle(option);
            if (key == null && required) {
                io.err().println("Geen sleutel om de handtekeningen mee te controleren: geef --sleutel PUBLIEKE_SLEUTEL"
                        + " (het .pub-bestand van de schrijver van het log).");
            }
            return Optional.ofNullable(key);
        } catch (IllegalArgumentException e) {
            io.err().println(e.getMessage());
            return null;
        }
    }

    /** The log opened for writing under the writer's key; null, with the reason on stderr, without a usable key. */
    private static AuditLog forWriting(Path file, Path sleutel, Streams io) {
        try {
            return AuditLog.at(file, Sleutels.voorSchrijven(sleutel, io.err()));
        } catch (IllegalArgumentException | UncheckedIOException e) {
            io.err().println(e.getMessage());
            return null;
        }
    }

    private static boolean isLog(Path file, Streams io) {
        if (!Files.isRegularFile(file)) {
            io.err().println("Geen auditlog: " + file);
            return false;
        }
        return true;
    }

    /** One line for a person on the outcome of a check; the exit code follows from {@link Verification#isBewezen()}. */
    static String describe(Path file, Verification v, PublicKey key) {
        if (!v.isIntact()) {
            String line = file + ": record " + v.eersteFout() + ": " + v.melding() + ". "
                    + (v.intacteRecords() == 0 ? "Er gaat geen intact record aan vooraf."
                       : "Records 1 tot en met " + v.intacteRecords() + " zijn intact (laatste hash " + v.laatsteHash() + ").");
            return v.afgebrokenStaart() ? line + " Zet het onvolledige stuk apart met 'afweging audit herstel " + file + "'." : line;
        }
        String head = file + ": " + v.intacteRecords() + " records, de keten is intact";
        if (v.intacteRecords() == 0) {
            return head + ".";
        }
        String last = " Laatste hash: " + v.laatsteHash();
        if (!v.handtekeningenGecontroleerd()) {
            return head + ", maar de handtekeningen zijn niet gecontroleerd (geen sleutel)." + last;
        }
        if (v.nietOndertekend() == v.intacteRecords()) {
            return head + ", maar niet ondertekend: het log is geschreven door een versie van voor de ondertekening. De hashketen"
                    + " bewijst niet dat niemand het bestand heeft herschreven." + last;
        }
        String signed = " en elk record is ondertekend met " + Sleutels.shortKey(nl.afweging.audit.AuditKeys.fingerprint(key));
        if (v.nietOndertekend() > 0) {
            signed = "; records 1 tot en met " + v.nietOndertekend() + " zijn niet ondertekend (ouder log), het ondertekende record "
                    + (v.nietOndertekend() + 1) + " legt ze vast; de rest is ondertekend met " + Sleutels.shortKey(nl.afweging.audit.AuditKeys.fingerprint(key));
        }
        return head + signed + "." + last;
    }

    /** {@code afweging audit verify FILE}: checks the chain and every signature, and names the first broken record. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Controleert een auditlog.",
                    "Gecontroleerd worden de hashketen, de vorm van elk record en elke handtekening.",
                    "Het eerste gewijzigde, ontbrekende, niet ondertekende of onvolledige record wordt bij nummer genoemd.",
                    "Het log wordt nooit aangepast.",
                    "Exit 0: intact en ondertekend. Exit 1: een record is gewijzigd, ontbreekt, is onvolledig of niet"
                            + " ondertekend, of het log is korter dan het anker. Exit 2: geen (leesbare) sleutel of anker."})
    static final class VerifyCommand implements Callable<Integer> {
        private final Streams io;

        @Parameters(index = "0", paramLabel = "FILE", description = "Het auditlog (JSON Lines).")
        private Path file;

        @Option(names = "--sleutel", paramLabel = "PUBLIEKE_SLEUTEL", description = "De publieke sleutel van de schrijver (.pub)."
                + " Standaard: de eigen sleutel (~/.config/afweging/audit-sleutel.pub).")
        private Path sleutel;

        @Option(names = "--anker", paramLabel = "FILE", description = "Een anker van 'audit anker': ook een ingekort log wordt gevonden.")
        private Path anker;

        VerifyCommand(Streams io) {
            this.io = io;
        }

        @Override
        public Integer call() {
            if (!isLog(file, io)) {
                return Main.BEVINDINGEN;
            }
            Optional<PublicKey> key = publicKey(sleutel, io, true);
            if (key == null || key.isEmpty()) {
                return GEEN_SLEUTEL;
            }
            Anker a = null;
            if (anker != null) {
                try {
                    a = Anker.parse(Files.readString(anker, StandardCharsets.UTF_8));
                } catch (IOException | IllegalArgumentException e) {
                    io.err().println(anker + ": " + e.getMessage());
                    return GEEN_SLEUTEL;
                }
            }
            Verification v;
            try (Progress progress = new Progress(io.err(), "records gecontroleerd")) {
                v = Verification.of(file, key.get(), a, progress::update);
            }
            io.out().println(describe(file, v, key.get()));
            if (a != null && v.isIntact()) {
                io.out().println("Het anker (record " + a.volgnummer() + ") staat in het log: het is niet ingekort of herschreven tot daar.");
            }
            return v.isBewezen() ? Main.OK : Main.BEVINDINGEN;
        }
    }

    /** {@code afweging audit anker FILE}: the head of an intact log, to keep elsewhere. */
    @Command(name = "anker", mixinStandardHelpOptions = true,
            description = {"Geeft het anker van een auditlog: zijn kop als één regel JSON.",
                    "Eerst wordt het log gecontroleerd. Het anker bevat het aantal records (volgnummer), de laatste hash en"
                            + " zijn handtekening.",
                    "Bewaar het anker buiten bereik van de schrijver van het log (het DMS van de gemeente, een tweede systeem)."
                            + " Dan vindt 'audit verify LOG --anker FILE' elk ingekort of herschreven log.",
                    "Exit 0: anker gegeven. Exit 1: het log is leeg of niet intact (dan geen anker)."
                            + " Exit 2: geen (leesbare) sleutel."})
    static final class AnkerCommand implements Callable<Integer> {
        private final Streams io;

        @Parameters(index = "0", paramLabel = "FILE", description = "Het auditlog.")
        private Path file;

        @Option(names = "--sleutel", paramLabel = "PUBLIEKE_SLEUTEL", description = "De publieke sleutel van de schrijver (standaard de eigen).")
        private Path sleutel;

        AnkerCommand(Streams io) {
            this.io = io;
        }

        @Override
        public Integer call() {
            if (!isLog(file, io)) {
                return Main.BEVINDINGEN;
            }
            Optional<PublicKey> key = publicKey(sleutel, io, true);
            if (key == null || key.isEmpty()) {
                return GEEN_SLEUTEL;
            }
            try {
                io.out().println(Anker.of(file, key.get()).toJson());
                return Main.OK;
            } catch (AuditLogException e) {
                io.err().println(e.getMessage());
                return Main.BEVINDINGEN;
            }
        }
    }

    /** {@code afweging audit herstel FILE}: moves a torn last line to a quarantine file and records that. */
    @Command(name = "herstel", mixinStandardHelpOptions = true,
            description = {"Herstelt een log waarvan de laatste regel onvolledig is (een afgebroken schrijfactie).",
                    "De onvolledige bytes gaan naar LOG.quarantaine-N naast het log, en een ondertekend herstelrecord zegt dat.",
                    "Een volledig record wordt nooit herschreven: is het laatste volledige record niet intact, dan weigert herstel.",
                    "Exit 0: hersteld, of niets te herstellen. Exit 1: geweigerd. Exit 4: geen (leesbare) sleutel."})
    static final class HerstelCommand implements Callable<Integer> {
        private final Streams io;

        @Parameters(index = "0", paramLabel = "FILE", description = "Het auditlog.")
        private Path file;

        @Option(names = "--sleutel", paramLabel = "FILE", description = "De sleutel van de schrijver (standaard de eigen).")
        private Path sleutel;

        HerstelCommand(Streams io) {
            this.io = io;
        }

        @Override
        public Integer call() {
            if (!isLog(file, io)) {
                return Main.BEVINDINGEN;
            }
            AuditLog log = forWriting(file, sleutel, io);
            if (log == null) {
                return Main.AUDIT_FOUT;
            }
            try {
                Optional<AuditLog.Herstel> done = log.herstel();
                if (done.isEmpty()) {
                    io.out().println(file + ": de laatste regel is volledig; er is niets te herstellen.");
                } else {
                    AuditLog.Herstel h = done.get();
                    io.out().println(file + ": " + h.bytes() + " bytes van een afgebroken schrijfactie staan nu in " + h.quarantaine()
                            + "; herstelrecord " + h.record().volgnummer() + " (" + h.record().hash() + ") zegt dat."
                            + " Controleer het log met 'afweging audit verify " + file + "'.");
                }
                return Main.OK;
            } catch (AuditLogException e) {
                io.err().println(e.getMessage());
                return Main.BEVINDINGEN;
            }
        }
    }

    /** {@code afweging audit besluit FILE --advies HASH --besluit NIVEAU --reden CODE}: the professional's decision. */
    @Command(name = "besluit", mixinStandardHelpOptions = true,
            description = {"Legt het besluit van de professional over één advies vast in het log.",
                    "Dat is een ondertekend record dat naar het adviesrecord wijst, met het besloten niveau, of het advies is"
                            + " gevolgd, en een redencode (geen vrije tekst).",
                    "Redenen: ADVIES_GEVOLGD (alleen als het niveau het geadviseerde is), INFORMATIE_ONTBRAK_IN_AANVRAAG,"
                            + " SITUATIE_VERANDERD, NETWERK_ANDERS_INGESCHAT, VEILIGHEID_ANDERS_INGESCHAT, VOORLIGGENDE_VOORZIENING,"
                            + " WENS_VAN_DE_CLIENT, MAATWERK_NODIG, WACHTLIJST_OF_CAPACITEIT, ADVIES_ONJUIST, ANDERS.",
                    "Exit 0: vastgelegd. Exit 1: geweigerd (geen adviesrecord met die hash, al een besluit, reden past niet,"
                            + " log niet intact). Exit 2: een ongeldige optie. Exit 4: geen (leesbare) sleutel."})
    static final class BesluitCommand implements Callable<Integer> {
        private final Streams io;

        @Parameters(index = "0", paramLabel = "FILE", description = "Het auditlog.")
        private Path file;

        @Option(names = "--advies", required = true, paramLabel = "HASH", description = "De hash van het adviesrecord (sha256:...).")
        private String advies;

        @Option(names = "--besluit", required = true, paramLabel = "NIVEAU", description = "Het besloten niveau: ${COMPLETION-CANDIDATES}.")
        private Niveau besluit;

        @Option(names = "--reden", required = true, paramLabel = "CODE", description = "De redencode (zie boven).")
        private BesluitReden reden;

        @Option(names = "--sleutel", paramLabel = "FILE", description = "De sleutel van de schrijver (standaard de eigen).")
        private Path sleutel;

        BesluitCommand(Streams io) {
            this.io = io;
        }

        @Override
        public Integer call() {
            if (!isLog(file, io)) {
                return Main.BEVINDINGEN;
            }
            AuditLog log = forWriting(file, sleutel, io);
            if (log == null) {
                return Main.AUDIT_FOUT;
            }
            try {
                AuditLog.Entry e = log.besluit(advies, besluit, reden);
                io.out().println("Besluit vastgelegd: record " + e.volgnummer() + " (" + e.hash() + ").");
                return Main.OK;
            } catch (AuditLogException e) {
                io.err().println(e.getMessage());
                return Main.BEVINDINGEN;
            }
        }
    }

    /** {@code afweging audit overzicht FILE}: how often advice was followed, and why not (counts only). */
    @Command(name = "overzicht", mixinStandardHelpOptions = true,
            description = {"Telt hoe vaak het advies in een auditlog is gevolgd.",
                    "Eerst wordt het log gecontroleerd. Geteld wordt per geadviseerd niveau, per regel die vuurde, en per"
                            + " reden om af te wijken. Alleen aantallen; geen aanvraag, geen vrije tekst.",
                    "Exit 0: intact en ondertekend. Exit 1: het log is niet intact (geteld is tot het eerste gebroken record)."
                            + " Exit 2: geen (leesbare) sleutel."})
    static final class OverzichtCommand implements Callable<Integer> {
        private static final ObjectMapper MAPPER = new ObjectMapper();
        private final Streams io;

        @Parameters(index = "0", paramLabel = "FILE", description = "Het auditlog.")
        private Path file;

        @Option(names = "--sleutel", paramLabel = "PUBLIEKE_SLEUTEL", description = "De publieke sleutel van de schrijver (standaard de eigen).")
        private Path sleutel;

        @Option(names = "--json", description = "Geeft het overzicht als één JSON-object.")
        private boolean json;

        OverzichtCommand(Streams io) {
            this.io = io;
        }

        @Override
        public Integer call() throws IOException {
            if (!isLog(file, io)) {
                return Main.BEVINDINGEN;
            }
            Optional<PublicKey> key = publicKey(sleutel, io, true);
            if (key == null || key.isEmpty()) {
                return GEEN_SLEUTEL;
            }
            Overzicht o;
            try (Progress progress = new Progress(io.err(), "records gelezen")) {
                o = Overzicht.of(file, key.get(), progress::update);
            }
            if (json) {
                io.out().println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(asJson(o)));
            } else {
                io.out().println(describe(file, o.keten(), key.get()));
                print(io, o);
            }
            return o.keten().isBewezen() ? Main.OK : Main.BEVINDINGEN;
        }

        static ObjectNode asJson(Overzicht o) {
            ObjectNode node = MAPPER.createObjectNode();
            node.put("intact", o.keten().isIntact());
            node.put("bewezen", o.keten().isBewezen());
            node.put("records", o.keten().intacteRecords());
            node.put("adviezen", o.adviezen());
            node.put("besluiten", o.besluiten());
            node.put("herstel", o.herstel());
            ObjectNode niveaus = node.putObject("perNiveau");
            o.perNiveau().forEach((n, t) -> niveaus.set(n.name(), MAPPER.valueToTree(t)));
            ObjectNode regels = node.putObject("perRegel");
            o.perRegel().forEach((id, t) -> regels.set(id, MAPPER.valueToTree(t)));
            ObjectNode redenen = node.putObject("redenen");
            o.redenen().forEach((r, n) -> redenen.put(r.name(), n));
            return node;
        }
    }

    /** The overview as text: the totals, then per level, per rule, and the reasons for departing. */
    static void print(Streams io, Overzicht o) {
        io.out().println(o.adviezen() + " adviezen, " + o.besluiten() + " besluiten (" + (o.adviezen() - o.besluiten())
                + " adviezen nog zonder besluit)" + (o.herstel() == 0 ? "" : ", " + o.herstel() + " keer hersteld") + ".");
        io.out().println("Advies gevolgd, per geadviseerd niveau:");
        o.perNiveau().forEach((n, t) -> io.out().println("  " + row(n.name(), t)));
        if (!o.perRegel().isEmpty()) {
            io.out().println("Advies gevolgd, per regel die vuurde:");
            o.perRegel().forEach((id, t) -> io.out().println("  " + row(id, t)));
        }
        io.out().println("Redenen om af te wijken:" + (o.redenen().isEmpty() ? " geen" : ""));
        for (Map.Entry<BesluitReden, Long> e : o.redenen().entrySet()) {
            io.out().printf("  %-32s %d%n", e.getKey().name(), e.getValue());
        }
    }

    private static String row(String name, Telling t) {
        String share = t.besluiten() == 0 ? "" : String.format(" (%.0f %%)", 100.0 * t.gevolgd() / t.besluiten());
        return String.format("%-24s %d adviezen, %d besluiten, %d gevolgd%s, %d hoger, %d lager", name, t.adviezen(), t.besluiten(),
                t.gevolgd(), share, t.hoger(), t.lager());
    }
}
