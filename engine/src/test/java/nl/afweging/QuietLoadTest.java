// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * What building an engine writes into the embedder's log, every logger at INFO as an application's default would be
 * (this build's own logging keeps Drools at WARN): no WARN, and at most two INFO lines per rule set, from a warm
 * cache and on a reload. Compiling cold adds Drools' code generator's warnings about T1 of the released versions
 * 2026.1 and 2027.1 (their bytes cannot change; docs/performance.md), and nothing else.
 */
class QuietLoadTest {
    /** The four rule sets of the default rules: 2026.1 and 2027.1, each alone and with gemeente 1728's regels. */
    private static final int RULE_SETS = 4;

    @TempDir
    Path cache;

    @Test
    void aWarmLoadAndAReloadWriteNoWarningAndAtMostTwoInfoLinesPerRuleSet() throws Exception {
        Engine.Builder builder = Engine.builder().rules(TestEngines.root().resolve("rules")).cache(cache);
        List<ILoggingEvent> cold = logged(builder::build);
        assertThat(cold).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .allSatisfy(e -> assertThat(e.getFormattedMessage()).contains("eindigdeBinnenMaanden($termijn)"));

        List<ILoggingEvent> warm = logged(builder::build);
        assertThat(warm).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN)).isEmpty();
        assertThat(warm).filteredOn(e -> e.getLevel() == Level.INFO).hasSizeLessThanOrEqualTo(2 * RULE_SETS)
                .allSatisfy(e -> assertThat(e.getLoggerName()).as("Drools says nothing at INFO").startsWith("nl.afweging."));

        try (ReloadableEngine reloadable = ReloadableEngine.load(builder)) {
            List<ILoggingEvent> reload = logged(() -> reloadable.reload());
            assertThat(reload).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN)).isEmpty();
            assertThat(reload).filteredOn(e -> e.getLevel() == Level.INFO).hasSizeLessThanOrEqualTo(2 * RULE_SETS)
                    .allSatisfy(e -> assertThat(e.getLoggerName()).as("Drools says nothing at INFO").startsWith("nl.afweging."));
        }
    }

    /** Every line logged while {@code action} runs, with Drools and KIE at INFO. */
    private static List<ILoggingEvent> logged(Supplier<?> action) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger drools = context.getLogger("org.drools");
        Logger kie = context.getLogger("org.kie");
        Level droolsWas = drools.getLevel();
        Level kieWas = kie.getLevel();
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(lines);
        drools.setLevel(Level.INFO);
        kie.setLevel(Level.INFO);
        try {
            action.get();
        } finally {
            drools.setLevel(droolsWas);
            kie.setLevel(kieWas);
            root.detachAppender(lines);
        }
        return List.copyOf(lines.list);
    }
}
