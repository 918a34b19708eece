// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Requests to a running service, as a client outside the process would make them, with a key (null: none). Each
 * service gets a client of its own: a shared one could pick a kept connection to an earlier, stopped service that had
 * the same port, and report that service's closed connection as this one's failure.
 */
record Http(int port, String sleutel, HttpClient client) {

    Http(int port, String sleutel) {
        this(port, sleutel, HttpClient.newHttpClient());
    }

    /** The same service with another key (null: none), on the same client. */
    Http als(String andere) {
        return new Http(port, andere, client);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(byte[] body) throws IOException, InterruptedException {
        return post("/api/v1/adviezen", "application/json", body);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        return sleutel == null ? builder : builder.header("Authorization", "Bearer " + sleutel);
    }

    /** The repository root (where rules/ and examples/ are). */
    static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("rules")) && Files.isDirectory(p.resolve("examples"))) {
                return p;
            }
        }
        throw new IllegalStateException("repository root not found");
    }
}
