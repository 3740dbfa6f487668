package io.streampulse.twitchsim.eventsub;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The EventSub types the simulator delivers, with their condition fields, the scope the broadcaster (or moderator)
 * must have granted, and which condition field names that user.
 *
 * @param conditionKeys all keys that must be present (for channel.raid: exactly one of them)
 * @param exactlyOne    true when exactly one of the keys must be present (channel.raid)
 * @param scope         scope the authorizing user must have granted the client, or null
 * @param authorizedBy  condition key naming the user whose grant is needed, or null
 */
public record SubscriptionType(String type, String version, List<String> conditionKeys, boolean exactlyOne,
                               String scope, String authorizedBy) {

    public static final List<SubscriptionType> ALL = List.of(
            broadcaster("stream.online", "1", null),
            broadcaster("stream.offline", "1", null),
            broadcaster("channel.update", "2", null),
            new SubscriptionType("channel.raid", "1", List.of("from_broadcaster_user_id", "to_broadcaster_user_id"),
                    true, null, null),
            new SubscriptionType("channel.follow", "2", List.of("broadcaster_user_id", "moderator_user_id"), false,
                    "moderator:read:followers", "moderator_user_id"),
            broadcaster("channel.subscribe", "1", "channel:read:subscriptions"),
            broadcaster("channel.subscription.gift", "1", "channel:read:subscriptions"),
            broadcaster("channel.subscription.message", "1", "channel:read:subscriptions"),
            broadcaster("channel.cheer", "1", "bits:read"),
            new SubscriptionType("user.authorization.revoke", "1", List.of("client_id"), false, null, null));

    private static SubscriptionType broadcaster(String type, String version, String scope) {
        return new SubscriptionType(type, version, List.of("broadcaster_user_id"), false, scope,
                scope == null ? null : "broadcaster_user_id");
    }

    public static Optional<SubscriptionType> find(String type, String version) {
        return ALL.stream().filter(t -> t.type.equals(type) && t.version.equals(version)).findFirst();
    }

    public boolean needsAuthorization() {
        return scope != null;
    }

    /** Condition keys holding user ids (all but client_id). */
    public boolean isUserKey(String key) {
        return !"client_id".equals(key);
    }

    /** Routing key of a subscription: which world events it receives. */
    public String dispatchKey(Map<String, String> condition) {
        for (String key : conditionKeys) {
            String value = condition.get(key);
            if (value != null) {
                return dispatchKey(type, key, value);
            }
        }
        throw new IllegalArgumentException("condition without a key of " + type + ": " + condition);
    }

    public static String dispatchKey(String type, String conditionKey, String value) {
        return type + "/" + conditionKey + "=" + value;
    }
}
