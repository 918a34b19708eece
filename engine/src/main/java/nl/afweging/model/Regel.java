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

    public Regel {
        leest = List.copyOf(leest);
    }
}
