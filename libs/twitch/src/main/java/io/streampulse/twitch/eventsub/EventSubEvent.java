package io.streampulse.twitch.eventsub;

import java.time.Instant;
import java.util.List;

/**
 * The {@code event} of a notification, one record per supported subscription type and version, with
 * Twitch's fields (ids are strings). User fields of anonymous gifts and cheers are null (Twitch sends
 * null, the CLI sends ""; both read as null).
 */
public sealed interface EventSubEvent {

    /** {@code stream.online} v1. {@code type}: live, playlist, watch_party, premiere, rerun. */
    record StreamOnline(String streamId, String broadcasterUserId, String broadcasterUserLogin,
                        String broadcasterUserName, String type, Instant startedAt) implements EventSubEvent {
    }

    /** {@code stream.offline} v1: no stream id; join on the broadcaster. */
    record StreamOffline(String broadcasterUserId, String broadcasterUserLogin, String broadcasterUserName)
            implements EventSubEvent {
    }

    /** {@code channel.update} v2. */
    record ChannelUpdate(String broadcasterUserId, String broadcasterUserLogin, String broadcasterUserName,
                         String title, String language, String categoryId, String categoryName,
                         List<String> contentClassificationLabels) implements EventSubEvent {
        public ChannelUpdate {
            contentClassificationLabels = List.copyOf(contentClassificationLabels);
        }
    }

    /** {@code channel.follow} v2. */
    record ChannelFollow(String userId, String userLogin, String userName, String broadcasterUserId,
                         String broadcasterUserLogin, String broadcasterUserName, Instant followedAt)
            implements EventSubEvent {
    }

    /** {@code channel.subscribe} v1 (new subscriptions only; resubs are {@link ChannelSubscriptionMessage}). */
    record ChannelSubscribe(String userId, String userLogin, String userName, String broadcasterUserId,
                            String broadcasterUserLogin, String broadcasterUserName, String tier, boolean isGift)
            implements EventSubEvent {
    }

    /** {@code channel.subscription.gift} v1; user fields and {@code cumulativeTotal} null when anonymous. */
    record ChannelSubscriptionGift(String userId, String userLogin, String userName, String broadcasterUserId,
                                   String broadcasterUserLogin, String broadcasterUserName, int total, String tier,
                                   Integer cumulativeTotal, boolean isAnonymous) implements EventSubEvent {
    }

    /** {@code channel.subscription.message} v1 (a resub shared in chat); {@code streakMonths} may be null. */
    record ChannelSubscriptionMessage(String userId, String userLogin, String userName, String broadcasterUserId,
                                      String broadcasterUserLogin, String broadcasterUserName, String tier,
                                      Message message, int cumulativeMonths, Integer streakMonths,
                                      int durationMonths) implements EventSubEvent {
    }

    /** {@code channel.cheer} v1; user fields null when anonymous. */
    record ChannelCheer(boolean isAnonymous, String userId, String userLogin, String userName,
                        String broadcasterUserId, String broadcasterUserLogin, String broadcasterUserName,
                        String message, int bits) implements EventSubEvent {
    }

    /** {@code channel.raid} v1. */
    record ChannelRaid(String fromBroadcasterUserId, String fromBroadcasterUserLogin, String fromBroadcasterUserName,
                       String toBroadcasterUserId, String toBroadcasterUserLogin, String toBroadcasterUserName,
                       int viewers) implements EventSubEvent {
    }

    /** {@code user.authorization.revoke} v1; login and name null when the user was deleted. */
    record UserAuthorizationRevoke(String clientId, String userId, String userLogin, String userName)
            implements EventSubEvent {
    }

    /** Chat text of a resub with its emote positions. */
    record Message(String text, List<Emote> emotes) {
        public Message {
            emotes = List.copyOf(emotes);
        }
    }

    /** An emote at character positions [begin, end] of {@link Message#text()}. */
    record Emote(int begin, int end, String id) {
    }
}
