// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;

/**
 * The command line's logging, set in code rather than in a logback.xml: reading XML cost a short command such as
 * {@code decide} about 50 ms of its start (issue 15). stdout carries only the result; every log line goes to stderr,
 * and only warnings unless {@code AFWEGING_LOG} (an environment variable or system property) names another level.
 */
public final class Logging extends ContextAwareBase implements Configurator {
    /** The level a logger of these libraries keeps, whatever {@code AFWEGING_LOG} says. */
    static final Map<String, Level> VAST = Map.of(
            // Drools repeats our own load errors as a stack of text; the command prints them itself, with file and line.
            "org.drools", Level.ERROR,
            "org.drools.compiler.kie.builder.impl", Level.OFF,
            "org.kie", Level.ERROR,
            // Jetty writes request headers, API keys among them, at DEBUG.
            "org.eclipse.jetty", Level.WARN);

    static final String NIVEAU = "AFWEGING_LOG";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        configure(context, System.getProperty(NIVEAU, System.getenv(NIVEAU)));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sets {@code context} up with the root at the level named (any case; WARN when none or no level is named). */
    static void configure(LoggerContext context, String niveau) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%-5level %logger{30} - %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(niveau, Level.WARN));
        root.addAppender(stderr);
        VAST.forEach((naam, level) -> context.getLogger(naam).setLevel(level));
    }
}
