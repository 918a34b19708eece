// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a policy officer gets from {@code docs}: a file in the format asked for, that follows every edit of the rules. */
class DocsCommandTest {

    @Test
    void writesMarkdownAndHtmlByTheExtensionOfOut(@TempDir Path dir) throws Exception {
        Path md = dir.resolve("regels.md");
        Path html = dir.resolve("regels.html");
        CliRun toMarkdown = CliRun.of("docs", "--versie", "2026.1", "--out", md.toString());
        CliRun toHtml = CliRun.of("docs", "--versie", "2026.1", "--out", html.toString());

        assertThat(toMarkdown.exit()).as(toMarkdown.err()).isZero();
        assertThat(toHtml.exit()).as(toHtml.err()).isZero();
        assertThat(toMarkdown.out()).isEmpty();
        assertThat(toMarkdown.err()).contains(md.toString());
        assertThat(Files.readString(md)).startsWith("# Regelset afwegingskader-standaard 2026.1\n")
                .contains("## Parameters", "## De ZRM-ladder", "## Regels", "## Algoritmeregister", "#### L6: Meervoudige problematiek: één plan");
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<html lang=\"nl\">", "één plan").endsWith("</html>\n");
    }

    @Test
    void withoutOutTheMarkdownGoesToStdout() {
        CliRun run = CliRun.of("docs", "--peildatum", "2027-03-01");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("# Regelset afwegingskader-standaard 2027.1").contains("`ladder.drl.csv:10`");
    }

    @Test
    void withoutAVersionTheVersionInForceOnThePeildatumOrTodayIsDocumented() {
        assertThat(CliRun.of("docs", "--peildatum", "2026-12-31").out()).startsWith("# Regelset afwegingskader-standaard 2026.1\n");
        assertThat(CliRun.of("docs", "--peildatum", "2027-01-01").out()).startsWith("# Regelset afwegingskader-standaard 2027.1\n");
        // Today: the test reads the clock only to know what the command must have chosen.
        String vandaag = java.time.LocalDate.now().isBefore(java.time.LocalDate.of(2027, 1, 1)) ? "2026.1" : "2027.1";
        assertThat(CliRun.of("docs").out()).startsWith("# Regelset afwegingskader-standaard " + vandaag + "\n");

        CliRun beide = CliRun.of("docs", "--versie", "2026.1", "--peildatum", "2027-01-01");
        assertThat(beide.exit()).isEqualTo(2);
        assertThat(beide.err()).contains("Geef --versie of --peildatum, niet allebei.");
        CliRun geenDatum = CliRun.of("docs", "--peildatum", "1-1-2027");
        assertThat(geenDatum.exit()).isEqualTo(2);
        assertThat(geenDatum.err()).contains("is geen datum; schrijf JJJJ-MM-DD");
        CliRun geenVersie = CliRun.of("docs", "--peildatum", "2025-06-01");
        assertThat(geenVersie.exit()).isEqualTo(3);
        assertThat(geenVersie.err()).contains("Op 2025-06-01 geldt geen versie", "2026.1 (2026-01-01 t/m 2026-12-31)");
    }

    @Test
    void theSameRulesGiveByteIdenticalFiles(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("eerste.html");
        Path second = dir.resolve("tweede.html");
        CliRun.of("docs", CliRun.root().resolve("rules").toString(), "--out", first.toString());
        CliRun.of("docs", "--out", second.toString());

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void aChangedParameterAndUitlegShowInTheDocs(@TempDir Path dir) throws Exception {
        String oldUitleg = "Het lokaal team helpt zelf en houdt de regie.";
        String newUitleg = "Het lokaal team helpt zelf, houdt de regie en maakt één plan.";
        RulesCopy copy = RulesCopy.of(Files.createDirectory(dir.resolve("regels")));
        copy.replace("parameters.drl.csv", "meervoudigVanaf,3,", "meervoudigVanaf,4,");
        Path rules = copy.replace("ladder.drl.csv", oldUitleg, newUitleg);
        Path out = dir.resolve("regels.md");

        CliRun before = CliRun.of("docs", "--versie", "2026.1");
        CliRun after = CliRun.of("docs", rules.toString(), "--out", out.toString());
        String docs = Files.readString(out, StandardCharsets.UTF_8);

        assertThat(after.exit()).as(after.err()).isZero();
        assertThat(before.out()).contains("| `meervoudigVanaf` | **3** |", oldUitleg).doesNotContain(newUitleg);
        assertThat(docs).contains("| `meervoudigVanaf` | **4** |", newUitleg).doesNotContain(oldUitleg)
                .contains("[`meervoudigVanaf`](#parameters) = **4**")
                .doesNotContain("[`meervoudigVanaf`](#parameters) = **3**");
        assertThat(hash(docs)).isNotEqualTo(hash(before.out()));
    }

    @Test
    void aScriptInAnUitlegIsEscapedInTheHtml(@TempDir Path dir) throws Exception {
        Path rules = RulesCopy.of(Files.createDirectory(dir.resolve("regels"))).replace("vloeren.drl.csv",
                "Er is acuut gevaar.", "Er is acuut gevaar. <script>alert(1)</script>");
        Path html = dir.resolve("regels.html");

        CliRun run = CliRun.of("docs", rules.toString(), "--out", html.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readString(html)).doesNotContain("<script").contains("Er is acuut gevaar. &lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void anOutWithAnotherExtensionIsRefusedWithExit2(@TempDir Path dir) {
        Path txt = dir.resolve("regels.txt");
        CliRun run = CliRun.of("docs", "--out", txt.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("regels.txt", ".md of .html");
        assertThat(txt).doesNotExist();
    }

    @Test
    void aRuleSetThatDoesNotLoadGivesExit3WithFileAndLine(@TempDir Path dir) throws Exception {
        Path rules = RulesCopy.of(Files.createDirectory(dir.resolve("regels"))).replace("stappen.drl",
                "not Spoed()\n    Parameter(naam == \"volwassenVanaf\"", "not Spoed(\n    Parameter(naam == \"volwassenVanaf\"");
        Path md = dir.resolve("regels.md");

        CliRun run = CliRun.of("docs", rules.toString(), "--out", md.toString());

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).contains("De regelset kan niet worden geladen").containsPattern("stappen\\.drl:\\d+");
        assertThat(run.out()).isEmpty();
        assertThat(md).doesNotExist();
    }

    @Test
    void aMissingFolderGivesExit3() {
        CliRun run = CliRun.of("docs", "bestaat-niet");

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).contains("bestaat-niet");
    }

    @Test
    void helpExplainsTheCommand() {
        CliRun run = CliRun.of("docs", "--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Gebruik: afweging docs", "--out=FILE", ".md", ".html", "DIR");
    }

    private static String hash(String markdown) {
        int at = markdown.indexOf("sha256:");
        return markdown.substring(at, at + "sha256:".length() + 64);
    }

    @Test
    void aVersionWithAGemeentesRegelsIsDocumentedAsBoth() {
        CliRun bladel = CliRun.of("docs", "--rules", CliRun.root().resolve("rules").toString(), "--versie", "2026.1", "--gemeente", "1728");
        CliRun onbekend = CliRun.of("docs", "--gemeente", "0840");

        assertThat(bladel.exit()).as(bladel.err()).isZero();
        assertThat(bladel.out()).startsWith("# Regelset afwegingskader-standaard 2026.1 met de regels van gemeente 1728")
                .contains("gemeente-bladel", "SB-PSYCHISCH-INLOOP-BLADEL", "| `mislukteMaatwerkTrajecten` | **1** |");
        assertThat(onbekend.exit()).isEqualTo(3);
        assertThat(onbekend.err()).contains("Gemeente 0840 heeft geen eigen regels", "1728");
    }
}
