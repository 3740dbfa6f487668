package io.streampulse.twitch.helix;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * Body of {@code POST /eventsub/subscriptions}. The webhook secret is sent to Twitch but never shown by
 * {@link #toString()}.
 */
public record CreateEventSubSubscription(String type, String version, Map<String, String> condition,
                                         Transport transport) {

    public CreateEventSubSubscription {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(transport, "transport");
        condition = Map.copyOf(condition);
    }

    /** A webhook subscription; Twitch wants an HTTPS callback on port 443 and a 10..100 ASCII-char secret. */
    public static CreateEventSubSubscription webhook(String type, String version, Map<String, String> condition,
                                                     String callback, String secret) {
        return new CreateEventSubSubscription(type, version, condition, Transport.webhook(callback, secret));
    }

    /** {@code transport} of the request: webhook (callback + secret), websocket (session id) or conduit. */
    public record Transport(String method, String callback, String secret, String sessionId, String conduitId) {

        public static Transport webhook(String callback, String secret) {
            Objects.requireNonNull(callback, "callback");
            if (secret == null || secret.length() < 10 || secret.length() > 100
                    || !StandardCharsets.US_ASCII.newEncoder().canEncode(secret)) {
                throw new IllegalArgumentException("webhook secret must be 10..100 ASCII characters");
            }
            return new Transport("webhook", callback, secret, null, null);
        }

        public static Transport conduit(String conduitId) {
            return new Transport("conduit", null, null, null, Objects.requireNonNull(conduitId, "conduitId"));
        }

        @Override
        public String toString() {
            return "Transport[method=" + method + ", callback=" + callback + (secret == null ? "" : ", secret=***")
                    + (sessionId == null ? "" : ", sessionId=" + sessionId)
                    + (conduitId == null ? "" : ", conduitId=" + conduitId) + "]";
        }
    }
}
