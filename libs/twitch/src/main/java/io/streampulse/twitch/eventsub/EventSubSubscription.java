package io.streampulse.twitch.eventsub;

import java.time.Instant;
import java.util.Map;

/**
 * A subscription as Twitch describes it in deliveries and in the Helix subscription endpoints.
 *
 * @param status    {@code enabled}, {@code webhook_callback_verification_pending}, or on a revocation the reason
 *                  ({@code authorization_revoked}, {@code user_removed}, {@code notification_failures_exceeded}, ...)
 * @param condition condition fields, e.g. {@code broadcaster_user_id}
 */
public record EventSubSubscription(String id, String type, String version, String status, int cost,
                                   Map<String, String> condition, EventSubTransport transport, Instant createdAt) {

    public EventSubSubscription {
        condition = condition == null ? Map.of() : Map.copyOf(condition);
    }
}
