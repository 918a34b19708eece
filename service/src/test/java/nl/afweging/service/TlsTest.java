// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code tls} in the configuration the service speaks HTTPS only, from the PKCS#12 keystore it names, with the
 * password from the environment variable it names; a configuration whose variable is not set does not start.
 */
class TlsTest {
    @TempDir
    Path map;

    @Test
    void withAKeystoreTheServiceSpeaksHttpsOnly() throws Exception {
        Path keystore = map.resolve("dienst.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-alias", "dienst", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "geheim12")
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        // The password comes from an environment variable; PATH is one every test run has, so its value is used here.
        String variabele = "PATH";
        Path store = map.resolve("tls.p12");
        Process copy = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-importkeystore",
                "-srckeystore", keystore.toString(), "-srcstoretype", "PKCS12", "-srcstorepass", "geheim12",
                "-destkeystore", store.toString(), "-deststoretype", "PKCS12", "-deststorepass", System.getenv(variabele),
                "-noprompt").redirectErrorStream(true).start();
        assertThat(copy.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(copy.exitValue()).as(new String(copy.getInputStream().readAllBytes())).isZero();

        String tls = "\"tls\": {\"keystore\": \"tls.p12\", \"wachtwoordVariabele\": \"" + variabele + "\"}";
        try (Dienst dienst = Dienst.start(map, "", b -> b, tls)) {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                trust.load(in, "geheim12".toCharArray());
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            HttpClient https = HttpClient.newBuilder().sslContext(context).build();
            URI ready = URI.create("https://localhost:" + dienst.service.port() + "/health/ready");

            HttpResponse<String> response = https.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.sslSession()).hasValueSatisfying(s -> assertThat(s.getProtocol()).isIn("TLSv1.3", "TLSv1.2"));
            // Plain HTTP on the same port gets no answer of the service.
            assertThatThrownBy(() -> new Http(dienst.service.port(), null).get("/health/ready")).isInstanceOf(java.io.IOException.class);
        }
    }

    @Test
    void aPasswordVariableThatIsNotSetStopsTheStart() throws Exception {
        Files.writeString(map.resolve("leeg.p12"), "");
        String tls = "\"tls\": {\"keystore\": \"leeg.p12\", \"wachtwoordVariabele\": \"AFWEGING_BESTAAT_NIET_" + System.nanoTime() + "\"}";
        assertThatThrownBy(() -> Dienst.start(map, "", b -> b, tls)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AFWEGING_BESTAAT_NIET_").hasMessageContaining("niet gezet");
    }
}
