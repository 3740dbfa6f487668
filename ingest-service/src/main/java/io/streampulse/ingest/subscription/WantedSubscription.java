package io.streampulse.ingest.subscription;

import io.streampulse.twitch.eventsub.EventSubSubscription;
import java.util.Map;
import java.util.Set;

/**
 * A subscription by what it is (type, version, condition), the identity Twitch uses for duplicates.
 *
 * @param needsAuthorization the broadcaster must have authorized the app (Twitch answers 403 until then)
 */
public record WantedSubscription(String type, String version, Map<String, String> condition,
                                 boolean needsAuthorization) {

    static final Set<String> AUTHORIZED_TYPES = Set.of("channel.follow", "channel.subscribe",
        "channel.subscription.gift", "channel.subscription.message", "channel.cheer");
    static final String AUTHORIZATION_REVOKE = "user.authorization.revoke";

    public WantedSubscription {
        condition = Map.copyOf(condition);
    }

    static WantedSubscription of(String type, String version, Map<String, String> condition) {
        return new WantedSubscription(type, version, condition, AUTHORIZED_TYPES.contains(type));
    }

    /** The identity of an existing subscription; empty condition values (Twitch lists unused raid keys) dropped. */
    static WantedSubscription of(EventSubSubscription existing) {
        Map<String, String> condition = new java.util.HashMap<>(existing.condition());
        condition.values().removeIf(String::isEmpty);
        return of(existing.type(), existing.version(), condition);
    }

    /** The channel the subscription is about, or null for the app-wide user.authorization.revoke. */
    String channel() {
        return channelOf(condition);
    }

    static String channelOf(Map<String, String> condition) {
        for (String key : new String[] {"broadcaster_user_id", "to_broadcaster_user_id", "from_broadcaster_user_id"}) {
            if (condition.containsKey(key)) {
                return condition.get(key);
            }
        }
        return null;
    }
}
