package io.streampulse.twitchsim.helix;

import com.fasterxml.jackson.databind.JsonNode;
import io.streampulse.twitchsim.http.ApiError;
import io.streampulse.twitchsim.http.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Opaque pagination cursors. Like Twitch's, they are base64 JSON {@code {"b":{"Offset":n},"a":{"Offset":m}}}:
 * an offset into the ordering as it is when the next page is asked for, so a list that changes in between
 * loses and repeats items. Anything that does not decode is {@code 400 invalid cursor}.
 */
public final class Cursor {
    private Cursor() {
    }

    public static String encode(int before, int after) {
        String b = before <= 0 ? "null" : "{\"Offset\":" + before + "}";
        String json = "{\"b\":" + b + ",\"a\":{\"Offset\":" + after + "}}";
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The offset stored under "a" (for after=) or "b" (for before=; a null "b" means the start). */
    public static int decode(String cursor, boolean after) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(Base64.getDecoder().decode(cursor));
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw invalid();
        }
        if (node == null || !node.isObject()) {
            throw invalid();
        }
        JsonNode side = node.get(after ? "a" : "b");
        if (side == null) {
            throw invalid();
        }
        if (side.isNull()) {
            if (after) {
                throw invalid();
            }
            return 0;
        }
        JsonNode offset = side.get("Offset");
        if (offset == null || !offset.canConvertToInt() || !offset.isIntegralNumber() || offset.asInt() < 0) {
            throw invalid();
        }
        return offset.asInt();
    }

    public static ApiError invalid() {
        return ApiError.helix(400, "invalid cursor");
    }

    /** {@code {"cursor":"..."}} or {@code {}} when {@code cursor} is null. */
    public static Map<String, Object> pagination(String cursor) {
        Map<String, Object> pagination = new LinkedHashMap<>();
        if (cursor != null) {
            pagination.put("cursor", cursor);
        }
        return pagination;
    }
}
