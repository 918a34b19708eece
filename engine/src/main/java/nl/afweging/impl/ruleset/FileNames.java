// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;

/**
 * Which names a file or folder in a rules folder may have: any a person types (letters with accents, spaces,
 * brackets), never one with a control character, a line break, a direction sign or a backslash. The rule set's hash
 * ends each name at a line break ({@link RuleSource#hash()}), so a name that holds one could make two folders hash
 * alike; and a name is repeated in messages and logs, where such signs would forge or reorder a line.
 */
final class FileNames {
    private FileNames() {}

    /** The problem with this name, or null when it is safe; {@code prefix} is the folder it is in, for the message. */
    static LoadProblem probleem(String prefix, String name) {
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            if (!veilig(c)) {
                return new LoadProblem(ProblemCode.BESTANDSNAAM_ONGELDIG, prefix + escaped(name), 0, null,
                        String.format("de naam bevat het teken U+%04X (een stuurteken, regeleinde of richtingteken); geef het"
                                + " bestand een naam met alleen letters, cijfers, spaties en leestekens", c));
            }
            i += Character.charCount(c);
        }
        return null;
    }

    private static boolean veilig(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> false;
            default -> c != '\\';
        };
    }

    /** The name with every unsafe sign written as {@code \\uXXXX}, so it can be shown. */
    static String escaped(String name) {
        StringBuilder s = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (veilig(c)) {
                s.appendCodePoint(c);
            } else {
                s.append(String.format("\\u%04X", c));
            }
        });
        return s.toString();
    }
}
