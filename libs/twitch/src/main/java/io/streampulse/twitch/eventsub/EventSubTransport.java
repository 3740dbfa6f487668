package io.streampulse.twitch.eventsub;

/**
 * How a subscription is delivered, as Twitch reports it (never contains the secret).
 *
 * @param method    {@code webhook}, {@code websocket} or {@code conduit}
 * @param callback  webhook URL (webhook only)
 * @param sessionId WebSocket session (websocket only)
 * @param conduitId conduit (conduit only)
 */
public record EventSubTransport(String method, String callback, String sessionId, String conduitId) {

    public static EventSubTransport webhook(String callback) {
        return new EventSubTransport("webhook", callback, null, null);
    }
}
