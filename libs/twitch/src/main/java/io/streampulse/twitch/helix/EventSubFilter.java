package io.streampulse.twitch.helix;

/**
 * The one filter {@code GET /eventsub/subscriptions} accepts (Twitch allows at most one), or none.
 *
 * @param key   query parameter name, null for no filter
 * @param value its value
 */
public record EventSubFilter(String key, String value) {

    public EventSubFilter {
        if ((key == null) != (value == null)) {
            throw new IllegalArgumentException("filter needs both a key and a value, or neither");
        }
        if (key != null && !java.util.Set.of("status", "type", "user_id", "subscription_id").contains(key)) {
            throw new IllegalArgumentException("unknown subscription filter: " + key);
        }
    }

    public static EventSubFilter none() {
        return new EventSubFilter(null, null);
    }

    /** e.g. {@code enabled}, {@code webhook_callback_verification_failed}, {@code authorization_revoked}. */
    public static EventSubFilter status(String status) {
        return new EventSubFilter("status", status);
    }

    public static EventSubFilter type(String subscriptionType) {
        return new EventSubFilter("type", subscriptionType);
    }

    public static EventSubFilter userId(String userId) {
        return new EventSubFilter("user_id", userId);
    }

    public static EventSubFilter subscriptionId(String id) {
        return new EventSubFilter("subscription_id", id);
    }
}
