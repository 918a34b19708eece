// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * HTTPS instead of HTTP when the configuration names a keystore: Jetty's own TLS, with the keystore's password from an
 * environment variable (a password in the configuration file would sit beside the key hashes). With TLS there is no
 * plain HTTP port at all.
 */
final class Tls {
    private Tls() {}

    static void configureer(JavalinConfig config, DienstConfig.Tls tls, String host, int port) {
        if (tls == null) {
            return;
        }
        String wachtwoord = System.getenv(tls.wachtwoordVariabele());
        if (wachtwoord == null) {
            throw new IllegalArgumentException("TLS: de omgevingsvariabele " + tls.wachtwoordVariabele()
                    + " met het wachtwoord van " + tls.keystore() + " is niet gezet");
        }
        config.jetty.addConnector((server, http) -> {
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setKeyStorePath(tls.keystore().toString());
            ssl.setKeyStoreType("PKCS12");
            ssl.setKeyStorePassword(wachtwoord);
            ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
            HttpConfiguration https = new HttpConfiguration(http);
            https.addCustomizer(new SecureRequestCustomizer());
            // Javalin adds no plain connector of its own once one is configured.
            ServerConnector connector = new ServerConnector(server, ssl, new HttpConnectionFactory(https));
            connector.setHost(host);
            connector.setPort(port);
            return connector;
        });
    }
}
