package io.streampulse.api.http;

/** The kinds of problem the API answers with: a stable {@code type} URI and title per kind. */
public enum ProblemType {
    INVALID_PARAMETER(400, "invalid-parameter", "Invalid request parameter"),
    BAD_REQUEST(400, "bad-request", "Bad request"),
    UNAUTHORIZED(401, "unauthorized", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Forbidden"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    TOO_MANY_REQUESTS(429, "rate-limited", "Too many requests"),
    INTERNAL(500, "internal-error", "Internal server error"),
    UNAVAILABLE(503, "unavailable", "Service temporarily unavailable");

    private static final String PREFIX = "urn:streampulse:problem:";

    private final int status;
    private final String uri;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.uri = PREFIX + slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    /** The kind for an HTTP error status the API itself did not name (e.g. Micronaut's own 404 or 405). */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != INVALID_PARAMETER) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
