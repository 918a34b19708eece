// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import nl.afweging.audit.AuditKeys;

/**
 * The audit key of the command line: {@code --sleutel FILE} when given (it must exist), else the user's own key in the
 * configuration folder ({@link AuditKeys#defaultFile()}), made on first use with one line on stderr.
 */
final class Sleutels {
    private Sleutels() {}

    /** The key pair to sign with. Throws {@link IllegalArgumentException} (with a message for the user) when it cannot be read. */
    static KeyPair voorSchrijven(Path option, PrintStream err) {
        if (option != null) {
            if (!Files.exists(option)) {
                throw new IllegalArgumentException("De auditsleutel " + option + " bestaat niet.");
            }
            return AuditKeys.read(option);
        }
        Path file = AuditKeys.defaultFile();
        if (AuditKeys.createIfAbsent(file)) {
            err.println("Nieuwe auditsleutel gemaakt: " + file + " (alleen voor u leesbaar; bewaar hem nooit naast het log)."
                    + " De publieke sleutel voor de auditor: " + AuditKeys.publicFile(file)
                    + " (" + shortKey(AuditKeys.fingerprint(AuditKeys.readPublic(AuditKeys.publicFile(file)))) + ").");
        }
        return AuditKeys.read(file);
    }

    /**
     * The public key to check with: {@code --sleutel FILE} (a {@code .pub} file, or a key file), else the user's own
     * public key; null when there is none.
     */
    static PublicKey voorControle(Path option) {
        if (option != null) {
            return AuditKeys.readPublic(option);
        }
        Path file = AuditKeys.defaultFile();
        Path pub = AuditKeys.publicFile(file);
        if (Files.isRegularFile(pub)) {
            return AuditKeys.readPublic(pub);
        }
        return Files.isRegularFile(file) ? AuditKeys.readPublic(file) : null;
    }

    static String shortKey(String fingerprint) {
        return fingerprint.length() > 24 ? fingerprint.substring(0, 24) + "…" : fingerprint;
    }
}
