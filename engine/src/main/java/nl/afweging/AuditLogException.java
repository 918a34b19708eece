// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

/** An audit record could not be written: the log's last line is torn or changed, or the disk refused. */
public final class AuditLogException extends RuntimeException {
    /**
     * An exception with this message.
     *
     * @param message what went wrong, in Dutch
     */
    public AuditLogException(String message) {
        super(message);
    }
}
