package io.streampulse.api.browser;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** The simulator's admin API over HTTP, as an operator (or a test) drives it. */
final class SimAdmin {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    SimAdmin(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** {@code POST /admin/events/trigger}: one event now; the ids of the notifications sent (one per subscriber). */
    List<String> trigger(String type, String broadcasterId) {
        JsonNode answer = send(HttpRequest.newBuilder(URI.create(baseUrl + "/admin/events/trigger"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"" + type + "\",\"broadcaster_user_id\":\""
                + broadcasterId + "\"}")).build());
        List<String> ids = new ArrayList<>();
        answer.get("message_ids").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    /** The types of the enabled EventSub subscriptions of one channel ({@code GET /admin/subscriptions}). */
    List<String> enabledTypes(String broadcasterId) {
        JsonNode answer = send(HttpRequest.newBuilder(URI.create(baseUrl + "/admin/subscriptions")).GET().build());
        List<String> types = new ArrayList<>();
        answer.get("data").forEach(subscription -> {
            JsonNode condition = subscription.get("condition");
            boolean ours = broadcasterId.equals(condition.path("broadcaster_user_id").asText())
                || broadcasterId.equals(condition.path("to_broadcaster_user_id").asText());
            if (ours && "enabled".equals(subscription.get("status").asText())) {
                types.add(subscription.get("type").asText());
            }
        });
        return types.stream().sorted().toList();
    }

    private JsonNode send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
                    + response.body());
            }
            return PageScripts.parse(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
