// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.util.Map;
import nl.afweging.impl.ruleset.tables.DecisionTable;
import nl.afweging.model.Regelsoort;

/**
 * One rule as written: its Drools name, where it is ({@link Bron}: a DRL rule's first line, a decision-table
 * rule's row), its metadata as written ({@code id}, {@code naam}, ...), its conditions and actions (for a table
 * rule: of the DRL Drools makes of its row), what kind of rule it is, and for a table rule its table and row.
 * {@code tekst} is a DRL rule from its {@code when} to its {@code end} as written (null for a table rule);
 * {@code eersteDrlRegel} to {@code laatsteDrlRegel} are its lines in the DRL Drools compiles, to place its messages.
 */
public record ParsedRule(String naam, Bron bron, Map<String, String> metadata, String when, String then, String tekst,
                         Regelsoort soort, DecisionTable tabel, DecisionTable.Row rij, int eersteDrlRegel,
                         int laatsteDrlRegel) {

    public ParsedRule {
        metadata = Map.copyOf(metadata);
    }

    /** The same rule under another Drools name. */
    ParsedRule named(String other) {
        return new ParsedRule(other, bron, metadata, when, then, tekst, soort, tabel, rij, eersteDrlRegel, laatsteDrlRegel);
    }

    /** A metadata value as written, or null when the rule has none. */
    public String meta(String key) {
        return metadata.get(key);
    }

    public boolean isTabelregel() {
        return tabel != null;
    }

    /** Where one of its metadata is written: in a table, that METADATA column of its row; else the rule itself. */
    Bron bronVan(String metadataKey) {
        DecisionTable.Column column = tabel == null ? null : tabel.metadata(metadataKey);
        return column == null ? bron : bron.inKolom(column.letter());
    }
}
