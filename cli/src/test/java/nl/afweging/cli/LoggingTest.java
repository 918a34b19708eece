// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The command line's logging, set in code ({@link Logging}): what reaches stderr, at which level, and never stdout. */
class LoggingTest {

    @Test
    void theCommandLineIsConfiguredByLoggingNotByAFile() {
        // The logger factory of this JVM found Logging through the service loader: the root is at WARN or AFWEGING_LOG's level.
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("STDERR")).isNotNull();
        assertThat(context.getLogger("org.eclipse.jetty").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(Main.class.getResource("/logback.xml")).isNull();
    }

    @Test
    void onlyWarningsReachStderrByDefaultAndNothingReachesStdout() {
        String[] out = logged(null, "org.kie.api", "nl.afweging.impl.ruleset.RuleSetLoader");
        assertThat(out[1]).isEqualTo("ERROR org.kie.api - fout\n"
                + "WARN  n.a.impl.ruleset.RuleSetLoader - waarschuwing\n"
                + "ERROR n.a.impl.ruleset.RuleSetLoader - fout\n");
        assertThat(out[0]).isEmpty();
        assertThat(logged("geen-niveau", "nl.afweging.Engine")[1]).doesNotContain("INFO");
    }

    @Test
    void afwegingLogNamesTheLevelButJettyAndDroolsKeepTheirs() {
        String[] out = logged("all", "nl.afweging.Engine", "org.eclipse.jetty.server", "org.drools.core",
                "org.drools.compiler.kie.builder.impl.X");
        assertThat(out[1]).contains("TRACE nl.afweging.Engine - spoor", "INFO  nl.afweging.Engine - info")
                // Jetty writes request headers, API keys among them, at DEBUG.
                .doesNotContain("DEBUG org.eclipse.jetty.server").contains("WARN  org.eclipse.jetty.server - waarschuwing")
                .doesNotContain("WARN  org.drools.core").contains("ERROR org.drools.core - fout")
                .doesNotContain("impl.X");
        assertThat(out[0]).isEmpty();
    }

    /** stdout and stderr after each named logger logs at every level, under a fresh context set up for this level. */
    private static String[] logged(String niveau, String... loggers) {
        LoggerContext context = new LoggerContext();
        // What logback's own SLF4J provider gives the context it makes.
        context.setMDCAdapter(new LogbackMDCAdapter());
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            Logging.configure(context, niveau);
            for (String name : loggers) {
                org.slf4j.Logger logger = context.getLogger(name);
                logger.trace("spoor");
                logger.debug("debug");
                logger.info("info");
                logger.warn("waarschuwing");
                logger.error("fout");
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
            context.stop();
        }
        return new String[] {stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8)};
    }
}
