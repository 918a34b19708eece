// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.afweging.impl.ruleset.RuleSource;
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

    /** A link is refused wherever it leads: read once and checked once, it could lead elsewhere the next time. */
    @Test
    void aLinkToAFileInsideTheFolderIsRefusedToo() throws Exception {
        Path rules = BrokenRules.copy(Files.createDirectory(dir.resolve("regels")));
        Path original = Files.move(rules.resolve("samenhang.drl"), Files.createDirectory(rules.resolve(".bron")).resolve("samenhang.drl"));
        Files.createSymbolicLink(rules.resolve("samenhang.drl"), original);

        assertThat(RuleSetCheck.check(rules).bevindingen()).extracting(LoadProblem::code, LoadProblem::bestand)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.KOPPELING_BUITEN_MAP, "samenhang.drl"));
    }

    /** A hard link gives an outside file a second name inside the folder: refused, and nothing of it is quoted. */
    @Test
    void aHardLinkIsNeitherReadNorQuoted() throws Exception {
        Path secret = Files.writeString(dir.resolve("geheim.txt"), "GEHEIM-123 rule");
        Path rules = BrokenRules.copy(Files.createDirectory(dir.resolve("regels")));
        Files.createLink(rules.resolve("host.drl"), secret);

        List<LoadProblem> found = RuleSetCheck.check(rules).bevindingen();
        assertThat(found).extracting(LoadProblem::code, LoadProblem::bestand)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.KOPPELING_BUITEN_MAP, "host.drl"));
        assertThat(found).extracting(LoadProblem::melding).noneMatch(m -> m.contains("GEHEIM"));
    }

    /** A pipe named like a rule file would block a read for ever: it is never opened. */
    @Test
    void aPipeIsNeverOpened() throws Exception {
        Path rules = BrokenRules.copy(Files.createDirectory(dir.resolve("regels")));
        Process mkfifo = new ProcessBuilder("mkfifo", rules.resolve("pijp.drl").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        RuleSetCheck.Result result = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> RuleSetCheck.check(rules));
        assertThat(result.bevindingen()).extracting(LoadProblem::code, LoadProblem::bestand)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.GEEN_GEWOON_BESTAND, "pijp.drl"));
    }

    /**
     * The hash ends a name at a line break: a folder with one file named {@code a.drl\n1\nXb.drl} holding {@code Y}
     * would hash as one with {@code a.drl} holding X and {@code b.drl} holding Y. Such a name is refused and never read.
     */
    @Test
    void aNameThatWouldMakeTwoFoldersHashAlikeIsRefused() throws Exception {
        Path twee = Files.createDirectory(dir.resolve("twee"));
        Files.writeString(twee.resolve("a.drl"), "X");
        Files.writeString(twee.resolve("b.drl"), "Y");
        Path een = Files.createDirectory(dir.resolve("een"));
        Files.writeString(een.resolve("a.drl\n1\nXb.drl"), "Y");

        RuleSource left = RuleSource.fromDirectory(twee);
        RuleSource right = RuleSource.fromDirectory(een);
        assertThat(right.files()).isEmpty();
        assertThat(right.problemen()).extracting(LoadProblem::code, LoadProblem::bestand)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.BESTANDSNAAM_ONGELDIG, "a.drl\\u000A1\\u000AXb.drl"));
        assertThat(right.hash()).isNotEqualTo(left.hash());
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
