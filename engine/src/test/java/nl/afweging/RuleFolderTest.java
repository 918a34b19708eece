// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** A rule folder is exactly what it says: nothing outside it is read, and what does not belong is named. */
class RuleFolderTest {
    private static final java.time.LocalDate VERSIE_2026 = java.time.LocalDate.parse("2026-06-01");
    @TempDir
    Path dir;

    @Test
    void aLinkOutOfTheFolderIsNeitherReadNorQuoted() throws Exception {
        Path secret = Files.writeString(dir.resolve("geheim.txt"), "rule \"X\" when then System.exit(0); end GEHEIM-123");
        Path rules = BrokenRules.copy(Files.createDirectory(dir.resolve("regels")));
        Files.createSymbolicLink(rules.resolve("geheim.drl"), secret);

        RuleSetLoadException refused = catchThrowableOfType(() -> Engine.builder().rules(rules).build(), RuleSetLoadException.class);
        assertThat(refused.problems()).extracting(LoadProblem::code).containsExactly(ProblemCode.KOPPELING_BUITEN_MAP);
        assertThat(refused.getMessage()).contains("geheim.drl").doesNotContain("GEHEIM-123").doesNotContain("System.exit");
        assertThat(RuleSetCheck.check(rules).bevindingen()).extracting(LoadProblem::melding)
                .noneMatch(m -> m.contains("GEHEIM-123"));
    }

    @Test
    void aLinkToAFileInsideTheFolderIsRead() throws Exception {
        Path rules = BrokenRules.copy(Files.createDirectory(dir.resolve("regels")));
        Path original = Files.move(rules.resolve("samenhang.drl"), Files.createDirectory(rules.resolve(".bron")).resolve("samenhang.drl"));
        Files.createSymbolicLink(rules.resolve("samenhang.drl"), original);

        assertThat(Engine.builder().rules(rules).build().regelset()).isEqualTo(TestEngines.standaard().regelset(VERSIE_2026, null));
    }

    @Test
    void aFileThatIsNoRuleFileIsLeftOutWithAWarningThatNamesIt() throws Exception {
        Path rules = BrokenRules.copy(Files.createDirectory(dir.resolve("regels")));
        Files.writeString(rules.resolve("kopie.csv"), "RuleSet,nl.afweging.regels\n");
        Logger logger = (Logger) LoggerFactory.getLogger("nl.afweging.impl.ruleset.RuleSource");
        ListAppender<ILoggingEvent> warnings = new ListAppender<>();
        warnings.start();
        logger.addAppender(warnings);
        try {
            assertThat(Engine.builder().rules(rules).build().regelset()).isEqualTo(TestEngines.standaard().regelset(VERSIE_2026, null));
        } finally {
            logger.detachAppender(warnings);
        }
        assertThat(warnings.list).extracting(ILoggingEvent::getFormattedMessage).anySatisfy(m -> assertThat(m).contains("kopie.csv"));
    }
}
