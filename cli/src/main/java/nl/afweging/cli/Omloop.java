// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import java.util.ArrayList;
import java.util.List;

/** Wraps text at spaces for a terminal, so a long reason reads as a paragraph instead of one endless line. */
final class Omloop {
    private Omloop() {}

    /**
     * The text in lines of at most {@code breedte} characters: the first line starts with {@code eerst}, the rest
     * with {@code daarna} (usually as many spaces, for a hanging indent). A word longer than a line stays whole.
     */
    static List<String> regels(String tekst, String eerst, String daarna, int breedte) {
        List<String> regels = new ArrayList<>();
        StringBuilder regel = new StringBuilder(eerst);
        boolean leeg = true;
        for (String woord : tekst.strip().split("\\s+")) {
            if (!leeg && regel.length() + 1 + woord.length() > breedte) {
                regels.add(regel.toString());
                regel = new StringBuilder(daarna);
                leeg = true;
            }
            if (!leeg) {
                regel.append(' ');
            }
            regel.append(woord);
            leeg = false;
        }
        regels.add(regel.toString());
        return regels;
    }
}
