// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.audit;

import java.nio.file.Path;
import nl.afweging.Engine;
import nl.afweging.testkit.TestKeys;

/** A second process for {@link AuditLogTest}: appends N advices to the given log. */
public final class AuditAppender {
    private AuditAppender() {}

    public static void main(String[] args) {
        Engine engine = Engine.builder().audit(AuditLog.at(Path.of(args[0]), TestKeys.SCHRIJVER)).build();
        for (int n = 0; n < Integer.parseInt(args[1]); n++) {
            engine.evaluate(AuditLogTest.aanvraag(1000 + n));
        }
    }
}
