// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

import java.util.List;

/**
 * One rule of a loaded rule set, as written in its file: id, naam, grondslag, uitleg, where it is written
 * ({@code bron}), what kind of rule it is and which aanvraag fields and parameters its conditions read
 * ({@code leest}, as paths such as {@code zrm.HUISVESTING} or {@code parameter.meervoudigVanaf}).
 */
public record Regel(String id, String naam, String grondslag, String uitleg, String bron, Regelsoort soort,
                    List<String> leest) {

    /**
     * Keeps an unmodifiable copy of {@code leest}.
     *
     * @param id the rule's id
     * @param naam its name
     * @param grondslag its legal basis
     * @param uitleg its explanation
     * @param bron where it is written
     * @param soort what kind of rule it is
     * @param leest the contract paths it reads
     */
    public Regel {
        leest = List.copyOf(leest);
    }
}
