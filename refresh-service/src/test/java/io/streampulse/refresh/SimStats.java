package io.streampulse.refresh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** What the simulator's {@code GET /admin/stats} says about Helix calls per endpoint. */
record SimStats(JsonNode helix) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static SimStats of(String baseUrl) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/admin/stats"))
                .build(), HttpResponse.BodyHandlers.ofString());
            return new SimStats(new ObjectMapper().readTree(response.body()).get("helix"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    long calls(String endpoint) {
        JsonNode n = helix.path("per_endpoint").path(endpoint);
        return n.isMissingNode() ? 0 : n.asLong();
    }
}
