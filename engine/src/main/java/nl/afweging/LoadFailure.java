// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whatever stops a load or a check that no check names itself (a {@link StackOverflowError} from an expression nested
 * too deep for a parser, an {@link OutOfMemoryError}, an unexpected exception in Drools or the engine), as one
 * {@link LoadProblem} ({@link ProblemCode#LADEN_MISLUKT}): so {@code validate}, {@code decide --rules} and a reload
 * report it as they report any problem, without a stack trace. The stack trace goes to the log at DEBUG.
 */
final class LoadFailure {
    private static final Logger LOG = LoggerFactory.getLogger(LoadFailure.class);

    private LoadFailure() {}

    static LoadProblem problem(Throwable e) {
        LOG.debug("Laden mislukt", e);
        return new LoadProblem(ProblemCode.LADEN_MISLUKT, null, 0, null, melding(e));
    }

    static String melding(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "Het laden liep vast: de regels zijn te diep genest om te lezen (StackOverflowError)."
                    + " Schrijf de diepst geneste uitdrukking eenvoudiger, of in delen.";
        }
        if (e instanceof OutOfMemoryError) {
            return "Het laden liep vast: er was niet genoeg geheugen (OutOfMemoryError). Is een bestand of tabel veel groter dan nodig?";
        }
        String message = e.getMessage() == null ? "" : e.getMessage().strip().lines().findFirst().orElse("");
        if (message.length() > 300) {
            message = message.substring(0, 300) + " ...";
        }
        return "Het laden liep vast op een onverwachte fout: " + e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }
}
