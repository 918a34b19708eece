// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The model records keep every field of the frozen declaration, in the same order and with the same rules, so
 * what the differential properties prove on the frozen shape holds for the engine's: a field may be added, never
 * renamed, removed or changed within a major version (the contract's promise).
 */
class FrozenDeclarationTest {

    @Test
    void theModelKeepsEveryFrozenFieldAsItWas() {
        List<String> differences = new ArrayList<>();
        compare(FrozenDeclaration.AANVRAAG.root(), Declaration.AANVRAAG.root(), "", differences);

        assertThat(differences).isEmpty();
        assertThat(Declaration.AANVRAAG.rootAllowed()).isEqualTo(FrozenDeclaration.AANVRAAG.rootAllowed());
    }

    private static void compare(Shape frozen, Shape live, String where, List<String> differences) {
        if (frozen.kind() != live.kind()) {
            differences.add(where + ": was " + frozen.kind() + ", is " + live.kind());
            return;
        }
        if (!frozen.toegestaan().equals(live.toegestaan())) {
            differences.add(where + ": allowed was \"" + frozen.toegestaan() + "\", is \"" + live.toegestaan() + "\"");
        }
        switch (frozen.kind()) {
            case TEXT -> same(((Shape.Text) frozen).pattern().pattern(), ((Shape.Text) live).pattern().pattern(), where + " pattern", differences);
            case FREE_TEXT -> same(((Shape.FreeText) frozen).max(), ((Shape.FreeText) live).max(), where + " max", differences);
            case DATE -> same(((Shape.Date) frozen).notAfterName(), ((Shape.Date) live).notAfterName(), where + " niet na", differences);
            case LIST -> {
                Shape.ListOf f = (Shape.ListOf) frozen;
                Shape.ListOf l = (Shape.ListOf) live;
                same(List.of(f.minstens(), f.uniek(), f.tooShort(), f.once()), List.of(l.minstens(), l.uniek(), l.tooShort(), l.once()),
                        where + " list rules", differences);
                compare(f.element(), l.element(), where + "[]", differences);
            }
            case MAP -> {
                Shape.MapOf f = (Shape.MapOf) frozen;
                Shape.MapOf l = (Shape.MapOf) live;
                same(f.keys(), l.keys(), where + " keys", differences);
                compare(f.value(), l.value(), where + "{}", differences);
            }
            case OBJECT -> fields((Shape.Obj) frozen, (Shape.Obj) live, where, differences);
            default -> { } // WHOLE, BOOL and CHOICE say all they have in toegestaan
        }
    }

    private static void fields(Shape.Obj frozen, Shape.Obj live, String where, List<String> differences) {
        int last = -1;
        for (Shape.Field field : frozen.fields()) {
            String path = where.isEmpty() ? field.name() : where + "." + field.name();
            Shape.Field now = live.byName().get(field.name());
            if (now == null) {
                differences.add(path + ": gone");
                continue;
            }
            int index = live.fields().indexOf(now);
            if (index < last) {
                differences.add(path + ": moved before a field it followed");
            }
            last = index;
            same(field.verplicht(), now.verplicht(), path + " verplicht", differences);
            same(field.nietVoorRegels() == null, now.nietVoorRegels() == null, path + " for rules", differences);
            compare(field.shape(), now.shape(), path, differences);
        }
    }

    private static void same(Object was, Object is, String what, List<String> differences) {
        if (!Objects.equals(was, is)) {
            differences.add(what + ": was " + was + ", is " + is);
        }
    }
}
