package nl.afweging.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.afweging.AuditLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code afweging audit}: commands on audit logs. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Werkt met een auditlog (zie 'decide --audit').",
        subcommands = AuditCommand.Verify.class)
final class AuditCommand {

    /** {@code afweging audit verify FILE}: checks the hash chain and names the first broken record. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Controleert de hashketen van een auditlog en noemt het eerste gewijzigde, ontbrekende of",
                    "onvolledige record bij nummer. Het log wordt nooit aangepast.",
                    "Exit 0: de keten is intact; 1: een record is gewijzigd, ontbreekt of is onvolledig."})
    static final class Verify implements Callable<Integer> {
        private final Streams io;

        @Parameters(index = "0", paramLabel = "FILE", description = "Het auditlog (JSON Lines).")
        private Path file;

        Verify(Streams io) {
            this.io = io;
        }

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                io.err().println("Geen auditlog: " + file);
                return Main.BEVINDINGEN;
            }
            AuditLog.Verification v;
            try (Progress progress = new Progress(io.err(), "records gecontroleerd")) {
                v = AuditLog.verify(file, progress::update);
            }
            if (v.isIntact()) {
                io.out().println(file + ": " + v.intacteRecords() + " records, de keten is intact."
                        + (v.laatsteHash() == null ? "" : " Laatste hash: " + v.laatsteHash()));
                return Main.OK;
            }
            io.out().println(file + ": record " + v.eersteFout() + ": " + v.melding() + ". "
                    + (v.intacteRecords() == 0 ? "Er gaat geen intact record aan vooraf."
                       : "Records 1 tot en met " + v.intacteRecords() + " zijn intact (laatste hash " + v.laatsteHash() + ")."));
            return Main.BEVINDINGEN;
        }
    }
}
