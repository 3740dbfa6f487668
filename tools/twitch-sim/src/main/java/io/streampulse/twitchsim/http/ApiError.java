package io.streampulse.twitchsim.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error answer, thrown by handlers and written by {@link SimHttpServer}. Helix errors carry
 * {@code {"error":"<reason>","status":n,"message":"..."}}; the id.twitch.tv endpoints answer
 * {@code {"status":n,"message":"..."}} for most failures.
 */
public final class ApiError extends RuntimeException {
    private final int status;
    private final Map<String, Object> body;

    private ApiError(int status, Map<String, Object> body) {
        super(status + " " + body.get("message"), null, false, false);
        this.status = status;
        this.body = body;
    }

    /** The standard Helix error body. */
    public static ApiError helix(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", reason(status));
        body.put("status", status);
        body.put("message", message);
        return new ApiError(status, body);
    }

    /** The short id.twitch.tv error body without "error". */
    public static ApiError oauth(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("message", message);
        return new ApiError(status, body);
    }

    public int status() {
        return status;
    }

    public Map<String, Object> body() {
        return body;
    }

    public static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 422 -> "Unprocessable Entity";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            default -> "Error";
        };
    }
}
