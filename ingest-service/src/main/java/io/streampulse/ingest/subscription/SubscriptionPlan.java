package io.streampulse.ingest.subscription;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The subscriptions a watched channel may have: stream.online, stream.offline, channel.update and channel.raid
 * (raids received and raids given) always; follow, subscribe, gift, resub message and cheer when the watchlist asks
 * for authorized events (Twitch refuses them with 403 until the broadcaster authorized the app). Plus, once per
 * app, user.authorization.revoke.
 */
final class SubscriptionPlan {

    private SubscriptionPlan() {
    }

    static List<WantedSubscription> forChannel(WatchedChannel channel) {
        String id = channel.broadcasterId();
        Map<String, String> broadcaster = Map.of("broadcaster_user_id", id);
        List<WantedSubscription> wanted = new ArrayList<>(List.of(
            WantedSubscription.of("stream.online", "1", broadcaster),
            WantedSubscription.of("stream.offline", "1", broadcaster),
            WantedSubscription.of("channel.update", "2", broadcaster),
            WantedSubscription.of("channel.raid", "1", Map.of("to_broadcaster_user_id", id)),
            WantedSubscription.of("channel.raid", "1", Map.of("from_broadcaster_user_id", id))));
        if (channel.wantsAuthorizedEvents()) {
            wanted.add(WantedSubscription.of("channel.follow", "2",
                Map.of("broadcaster_user_id", id, "moderator_user_id", id)));
            wanted.add(WantedSubscription.of("channel.subscribe", "1", broadcaster));
            wanted.add(WantedSubscription.of("channel.subscription.gift", "1", broadcaster));
            wanted.add(WantedSubscription.of("channel.subscription.message", "1", broadcaster));
            wanted.add(WantedSubscription.of("channel.cheer", "1", broadcaster));
        }
        return List.copyOf(wanted);
    }

    static WantedSubscription authorizationRevoke(String clientId) {
        return WantedSubscription.of(WantedSubscription.AUTHORIZATION_REVOKE, "1", Map.of("client_id", clientId));
    }
}
