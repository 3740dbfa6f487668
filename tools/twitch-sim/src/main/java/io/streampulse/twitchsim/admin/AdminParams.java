package io.streampulse.twitchsim.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.streampulse.twitchsim.http.ApiError;
import io.streampulse.twitchsim.http.HttpCall;
import io.streampulse.twitchsim.http.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Admin parameters from the query string and/or a JSON object body (body wins). */
final class AdminParams {
    private final Map<String, JsonNode> values = new LinkedHashMap<>();

    AdminParams(HttpCall call) {
        call.query().forEach((k, v) -> values.put(k, Json.MAPPER.getNodeFactory().textNode(v.get(0))));
        byte[] body = "GET".equals(call.method()) ? new byte[0] : call.body();
        if (body.length > 0) {
            JsonNode node = Json.parse(body, ApiError.helix(400, "The body must be a JSON object"));
            if (!node.isObject()) {
                throw ApiError.helix(400, "The body must be a JSON object");
            }
            node.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue()));
        }
    }

    String text(String name) {
        JsonNode node = values.get(name);
        return node == null || node.isNull() ? null : node.asText();
    }

    String required(String name) {
        String value = text(name);
        if (value == null || value.isEmpty()) {
            throw ApiError.helix(400, "Missing required parameter \"" + name + "\"");
        }
        return value;
    }

    Double number(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw ApiError.helix(400, "The parameter \"" + name + "\" must be a number");
        }
    }

    boolean flag(String name) {
        return "true".equalsIgnoreCase(text(name));
    }

    /** A JSON array of strings, or a space/comma separated string. */
    List<String> list(String name) {
        JsonNode node = values.get(name);
        List<String> items = new ArrayList<>();
        if (node == null || node.isNull()) {
            return items;
        }
        if (node.isArray()) {
            node.forEach(n -> items.add(n.asText()));
        } else {
            for (String part : node.asText().split("[ ,]+")) {
                if (!part.isEmpty()) {
                    items.add(part);
                }
            }
        }
        return items;
    }
}
