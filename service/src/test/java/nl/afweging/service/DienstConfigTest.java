// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configuration file as a hurried beheerder gets it wrong: the key itself pasted where its hash belongs, a hash in
 * capitals, the same key twice, a role misspelt, a limit of 0, a CORS entry with a path or a wildcard. Each is refused,
 * all of them at once, and nothing of such a file is used.
 */
class DienstConfigTest {
    @TempDir
    Path map;

    private DienstConfig lees(String json) throws Exception {
        return DienstConfig.lees(Files.writeString(map.resolve("dienst.json"), json));
    }

    @Test
    void everyMistakeIsNamedAtOnce() throws Exception {
        String sleutel = ApiSleutels.nieuweSleutel();
        String hash = ApiSleutels.hash(sleutel);
        String json = """
                {"sleutels": [
                  {"naam": "geplakt", "rollen": ["adviseur"], "hash": "%s"},
                  {"naam": "hoofdletters", "rollen": ["adviseur"], "hash": "%s"},
                  {"naam": "een", "rollen": ["adviseur"], "hash": "%s"},
                  {"naam": "twee", "rollen": ["Adviseur"], "hash": "%s"},
                  {"naam": "leeg", "rollen": [], "hash": "%s"}],
                 "limieten": {"verzoekenPerSeconde": 0, "piek": 2.5},
                 "cors": ["https://proef.gemeente.nl/pagina", "*"]}
                """.formatted(sleutel, hash.toUpperCase().replace("SHA256", "sha256"), hash, hash, ApiSleutels.hash("x"));

        assertThatThrownBy(() -> lees(json)).isInstanceOf(DienstConfig.Ongeldig.class)
                .hasMessageContaining("/sleutels/0/hash: \"sha256:\" en 64 kleine hexadecimale tekens verwacht (de hash, nooit de sleutel zelf)")
                .hasMessageContaining("/sleutels/1/hash")
                .hasMessageContaining("/sleutels/3/rollen: \"Adviseur\" is geen rol")
                .hasMessageContaining("/sleutels/4/rollen: een lijst met minstens één van")
                .hasMessageContaining("/limieten/verzoekenPerSeconde")
                .hasMessageContaining("/limieten/piek")
                .hasMessageContaining("/cors/0").hasMessageContaining("/cors/1")
                // The pasted key is never repeated in the message.
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(sleutel));
    }

    @Test
    void theSameKeyTwiceIsRefusedEvenUnderTwoNamesAndRoles() {
        String hash = ApiSleutels.hash(ApiSleutels.nieuweSleutel());
        String json = "{\"sleutels\": [{\"naam\": \"a\", \"rollen\": [\"auditor\"], \"hash\": \"" + hash + "\"},"
                + " {\"naam\": \"b\", \"rollen\": [\"beheerder\"], \"hash\": \"" + hash + "\"}]}";

        assertThatThrownBy(() -> lees(json)).hasMessageContaining("/sleutels/1/hash: dezelfde sleutel staat er twee keer in");
    }

    @Test
    void aFileWithoutKeysOrThatIsNoJsonObjectIsRefused() {
        assertThatThrownBy(() -> lees("{}")).hasMessageContaining("/sleutels: minstens één sleutel nodig");
        assertThatThrownBy(() -> lees("[]")).hasMessageContaining("één JSON-object");
        assertThatThrownBy(() -> lees("{\"sleutels\": [")).hasMessageContaining("niet te lezen als JSON");
    }

    @Test
    void aGoodFileGivesItsKeysRolesAndLimits() throws Exception {
        String sleutel = ApiSleutels.nieuweSleutel();
        DienstConfig config = lees("{\"sleutels\": [{\"naam\": \"zaaksysteem\", \"rollen\": [\"adviseur\", \"auditor\"], \"hash\": \""
                + ApiSleutels.hash(sleutel) + "\"}], \"limieten\": {\"verzoekenPerSeconde\": 5}}");

        assertThat(config.sleutels().houder(ApiSleutels.hash(sleutel))).hasValueSatisfying(h -> {
            assertThat(h.naam()).isEqualTo("zaaksysteem");
            assertThat(h.rollen()).containsExactlyInAnyOrder(Rol.ADVISEUR, Rol.AUDITOR);
        });
        assertThat(config.sleutels().houder(sleutel)).isEmpty();
        assertThat(config.limieten()).isEqualTo(new DienstConfig.Limieten(5, 200, 100_000));
        assertThat(config.adres()).isEqualTo("127.0.0.1");
        assertThat(config.cors()).isEmpty();
    }
}
