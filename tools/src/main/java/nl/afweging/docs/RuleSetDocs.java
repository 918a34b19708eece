// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.docs;

import java.nio.file.Path;
import java.time.LocalDate;
import nl.afweging.model.Regelset;
import nl.afweging.RuleSetLoadException;
import nl.afweging.impl.ruleset.LoadedRuleSet;
import nl.afweging.impl.ruleset.ParsedRuleSet;
import nl.afweging.impl.ruleset.RuleSetLoader;
import nl.afweging.impl.ruleset.RuleSetProblems;
import nl.afweging.impl.ruleset.RuleFolder;
import nl.afweging.impl.ruleset.VersionPlan;

/**
 * The documentation of a rule set ({@code ./afweging docs}), for policy staff, auditors and an algoritmeregister
 * entry: the manifest and hash, the parameters with their values, the ZRM ladder as a table, every rule (id,
 * naam, uitleg, grondslag, bron, what it reads) and the algoritmeregister fields. It is generated from the rule
 * files, so it cannot drift from them, and the same rule set always gives byte-identical output (no dates, no
 * paths), so a diff of two generated files shows a policy change.
 *
 * <pre>{@code
 * RuleSetDocs docs = RuleSetDocs.of(Path.of("rules"));    // the newest version; or RuleSetDocs.ofDefault()
 * RuleSetDocs bladel = RuleSetDocs.of(Path.of("rules"), "2027.1", "1728");
 * String markdown = docs.markdown();
 * String html = docs.render(DocsFormat.HTML);
 * Document tree = docs.document();                        // to render in a format of your own
 * }</pre>
 */
public final class RuleSetDocs {
    private final Document document;
    private final Regelset regelset;

    private RuleSetDocs(Document document, Regelset regelset) {
        this.document = document;
        this.regelset = regelset;
    }

    /**
     * Documents the rule set in a folder (a copy of the repository's {@code rules/}, for instance). Throws
     * {@link RuleSetLoadException} naming every problem when it does not load, and
     * {@link IllegalArgumentException} when the folder does not exist.
     *
     * @param folder the rules folder
     * @return the documentation
     */
    public static RuleSetDocs of(Path folder) {
        return of(folder, null, null);
    }

    /**
     * Documents one version of a rules folder ({@code versie} null: the one that starts last), with the regels of
     * {@code gemeente} on top (null: without). Throws {@link IllegalArgumentException} naming what there is when the
     * folder has no such version or gemeente.
     *
     * @param folder the rules folder
     * @param versie a version, or null for the newest
     * @param gemeente a gemeente code, or null
     * @return the documentation
     */
    public static RuleSetDocs of(Path folder, String versie, String gemeente) {
        return of(RuleFolder.fromDirectory(folder), versie, gemeente);
    }

    /**
     * Documents the newest version of the default afwegingskader built into the library.
     *
     * @return the documentation
     */
    public static RuleSetDocs ofDefault() {
        return ofDefault(null, null);
    }

    /**
     * Documents a version of the default afwegingskader, with a gemeente's regels or not (see {@link #of(Path, String,
     * String)}).
     *
     * @param versie a version, or null for the newest
     * @param gemeente a gemeente code, or null
     * @return the documentation
     */
    public static RuleSetDocs ofDefault(String versie, String gemeente) {
        return of(RuleFolder.fromClasspath(RuleFolder.DEFAULT_CLASSPATH_ROOT), versie, gemeente);
    }

    /** Loads the chosen rule set as the engine would, and documents it from the same reading of its files. */
    /**
     * Documents the version of a rules folder in force on {@code peildatum}, with the regels of {@code gemeente} on
     * top (null: without); {@link IllegalArgumentException} naming the versions when none is in force that day.
     *
     * @param folder the rules folder
     * @param peildatum the day whose version to document
     * @param gemeente a gemeente's CBS code, or null
     * @return the documentation
     */
    public static RuleSetDocs inForceOn(Path folder, LocalDate peildatum, String gemeente) {
        return documented(VersionPlan.of(RuleFolder.fromDirectory(folder)).chosenOn(peildatum, gemeente));
    }

    /**
     * Documents the version of the built-in afwegingskader in force on {@code peildatum}.
     *
     * @param peildatum the day whose version to document
     * @param gemeente a gemeente's CBS code, or null
     * @return the documentation
     */
    public static RuleSetDocs defaultInForceOn(LocalDate peildatum, String gemeente) {
        return documented(VersionPlan.of(RuleFolder.fromClasspath(RuleFolder.DEFAULT_CLASSPATH_ROOT)).chosenOn(peildatum, gemeente));
    }

    private static RuleSetDocs of(RuleFolder folder, String versie, String gemeente) {
        return documented(VersionPlan.of(folder).chosen(versie, gemeente));
    }

    private static RuleSetDocs documented(ParsedRuleSet parsed) {
        LoadedRuleSet loaded;
        try {
            loaded = RuleSetLoader.load(parsed);
        } catch (RuleSetProblems failure) {
            throw new RuleSetLoadException(failure.problems());
        }
        return new RuleSetDocs(new DocsBuilder(DocumentedRuleSet.of(parsed, loaded)).build(), loaded.regelset());
    }

    /**
     * Which rule set this documents, with the hash an advies of it names.
     *
     * @return the rule set
     */
    public Regelset regelset() {
        return regelset;
    }

    /**
     * The documentation as a tree of sections, the one model both formats are written from.
     *
     * @return the document
     */
    public Document document() {
        return document;
    }

    /**
     * The documentation as Markdown.
     *
     * @return the Markdown text
     */
    public String markdown() {
        return MarkdownRenderer.render(document);
    }

    /**
     * A standalone HTML page.
     *
     * @return the HTML page
     */
    public String html() {
        return HtmlRenderer.render(document);
    }

    /**
     * The documentation in a format.
     *
     * @param format Markdown or HTML
     * @return the text in that format
     */
    public String render(DocsFormat format) {
        return switch (format) {
            case MARKDOWN -> markdown();
            case HTML -> html();
        };
    }
}
