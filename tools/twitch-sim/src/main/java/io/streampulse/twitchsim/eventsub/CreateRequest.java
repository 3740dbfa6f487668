package io.streampulse.twitchsim.eventsub;

import com.fasterxml.jackson.databind.JsonNode;
import io.streampulse.twitchsim.http.ApiError;
import io.streampulse.twitchsim.http.Json;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A parsed and syntactically checked {@code POST /helix/eventsub/subscriptions} body. Semantic checks that need
 * the world (users exist, authorization) happen in {@link EventSubEndpoints}.
 */
record CreateRequest(SubscriptionType spec, Map<String, String> condition, String callback, String secret) {

    static CreateRequest parse(byte[] raw, boolean allowHttpCallbacks) {
        JsonNode body = Json.parse(raw, ApiError.helix(400, "Malformed request body"));
        String type = text(body, "type");
        String version = text(body, "version");
        SubscriptionType spec = SubscriptionType.find(type, version).orElseThrow(() -> ApiError.helix(400,
                "The combination of values in the type and version fields is not valid"));
        Map<String, String> condition = condition(body.get("condition"), spec);
        JsonNode transport = body.get("transport");
        if (transport == null || !transport.isObject()) {
            throw ApiError.helix(400, "Missing required field: transport");
        }
        String method = text(transport, "method");
        if ("websocket".equals(method) || "conduit".equals(method)) {
            throw ApiError.helix(400, "The simulator supports only the webhook transport, not " + method);
        }
        if (!"webhook".equals(method)) {
            throw ApiError.helix(400, "The value in the transport.method field is not valid");
        }
        String callback = callback(text(transport, "callback"), allowHttpCallbacks);
        return new CreateRequest(spec, condition, callback, secret(transport.get("secret")));
    }

    private static Map<String, String> condition(JsonNode node, SubscriptionType spec) {
        if (node == null || !node.isObject()) {
            throw ApiError.helix(400, "Missing required field: condition");
        }
        Map<String, String> condition = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!spec.conditionKeys().contains(field.getKey())) {
                throw ApiError.helix(400, "The condition field " + field.getKey() + " is not valid for " + spec.type());
            }
            JsonNode value = field.getValue();
            if (value == null || !value.isTextual() || value.asText().isEmpty()) {
                throw ApiError.helix(400, "The condition field " + field.getKey() + " must be a non-empty string");
            }
            condition.put(field.getKey(), value.asText());
        }
        long present = spec.conditionKeys().stream().filter(condition::containsKey).count();
        boolean complete = spec.exactlyOne() ? present == 1 : present == spec.conditionKeys().size();
        if (!complete) {
            throw ApiError.helix(400, (spec.exactlyOne() ? "Exactly one of " : "Missing condition fields, required: ")
                    + String.join(", ", spec.conditionKeys()));
        }
        return condition;
    }

    private static String callback(String callback, boolean allowHttp) {
        try {
            URI uri = new URI(callback);
            boolean https = "https".equals(uri.getScheme()) && (uri.getPort() == -1 || uri.getPort() == 443);
            boolean http = allowHttp && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
            if (uri.getHost() != null && (https || http)) {
                return callback;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw ApiError.helix(400, allowHttp ? "The callback must be an absolute http(s) URL"
                : "The callback must use https on port 443");
    }

    private static String secret(JsonNode node) {
        String secret = node == null || !node.isTextual() ? null : node.asText();
        if (secret == null || secret.length() < 10 || secret.length() > 100
                || !secret.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw ApiError.helix(400, "The transport.secret field must contain 10 to 100 ASCII characters");
        }
        return secret;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw ApiError.helix(400, "Missing required field: " + field);
        }
        return value.asText();
    }
}
