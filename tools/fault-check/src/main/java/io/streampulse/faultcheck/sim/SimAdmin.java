package io.streampulse.faultcheck.sim;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The simulator's admin API: ground truth, faults, authorizations, events on demand. */
public final class SimAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public SimAdmin(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public boolean healthy() {
        try {
            return send(HttpRequest.newBuilder(URI.create(baseUrl + "/health")).GET()).statusCode() == 200;
        } catch (UncheckedIOException down) {
            return false;
        }
    }

    public List<TruthSession> sessions() {
        List<TruthSession> sessions = new ArrayList<>();
        for (JsonNode s : get("/admin/truth/sessions").path("data")) {
            sessions.add(new TruthSession(s.path("stream_id").asText(), s.path("broadcaster_id").asText(),
                    s.path("login").asText(), Instant.parse(s.path("started_at").asText()), instant(s.path("ended_at"))));
        }
        return sessions;
    }

    public List<TruthEvent> events() {
        List<TruthEvent> events = new ArrayList<>();
        for (JsonNode e : get("/admin/truth/events").path("data")) {
            events.add(new TruthEvent(e.path("message_id").asText(), e.path("message_type").asText(),
                    e.path("subscription_id").asText(), e.path("subscription_type").asText(),
                    e.path("subscription_version").asText(), e.path("broadcaster_user_id").asText(null),
                    e.path("event").isObject() ? JSON.convertValue(e.path("event"), MAP) : Map.of(),
                    instant(e.path("delivered_at")), e.path("attempts").asInt(), e.path("duplicates").asInt(),
                    e.path("outcome").asText()));
        }
        return events;
    }

    /** Every subscription, as Helix lists it, plus its {@code client_id}. */
    public List<Map<String, Object>> subscriptions() {
        List<Map<String, Object>> subscriptions = new ArrayList<>();
        get("/admin/subscriptions").path("data").forEach(s -> subscriptions.add(JSON.convertValue(s, MAP)));
        return subscriptions;
    }

    /** {@code POST /admin/faults}: fault_5xx_rate, rate_limit_per_minute, duplicate_delivery_rate ... */
    public void faults(Map<String, Object> faults) {
        post("/admin/faults", faults);
    }

    public int expireAppTokens() {
        return post("/admin/tokens/expire", Map.of()).path("expired").asInt();
    }

    public void authorize(String userId, List<String> scopes) {
        post("/admin/authorize", Map.of("user_id", userId, "scopes", scopes));
    }

    /** One event of {@code type} on the channel now; the notification ids queued (empty: nobody subscribed). */
    public List<String> trigger(String type, String broadcasterId) {
        return ids(post("/admin/events/trigger", Map.of("type", type, "broadcaster_user_id", broadcasterId)));
    }

    /** The broadcast ends now (stream.offline to subscribers). */
    public List<String> offline(String broadcasterId) {
        return ids(post("/admin/streams/offline?broadcaster_id=" + URLEncoder.encode(broadcasterId, StandardCharsets.UTF_8),
                Map.of()));
    }

    private static List<String> ids(JsonNode answer) {
        List<String> ids = new ArrayList<>();
        answer.path("message_ids").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    private static Optional<Instant> instant(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? Optional.empty()
                : Optional.of(Instant.parse(node.asText()));
    }

    private JsonNode get(String path) {
        return body(path, send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET()));
    }

    private JsonNode post(String path, Map<String, Object> body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            return body(path, send(request));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode body(String path, HttpResponse<byte[]> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("simulator " + path + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        try {
            return response.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("simulator " + path + " answered no JSON", e);
        }
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("simulator at " + baseUrl + " unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
