package io.streampulse.ingest.eventsub;

import io.streampulse.contracts.channel.ChannelCheered;
import io.streampulse.contracts.channel.ChannelEventReceived;
import io.streampulse.contracts.channel.ChannelFollowed;
import io.streampulse.contracts.channel.ChannelRaided;
import io.streampulse.contracts.channel.ChannelResubscribed;
import io.streampulse.contracts.channel.ChannelSubscribed;
import io.streampulse.contracts.channel.ChannelSubscriptionGifted;
import io.streampulse.contracts.channel.ChannelUpdated;
import io.streampulse.contracts.event.SchemaVersion;
import io.streampulse.contracts.stream.StreamWentOffline;
import io.streampulse.contracts.stream.StreamWentOnline;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.contracts.user.UserAuthorizationRevoked;
import io.streampulse.ingest.publish.Publication;
import io.streampulse.twitch.eventsub.EventSubEvent;
import io.streampulse.twitch.eventsub.EventSubEvent.ChannelCheer;
import io.streampulse.twitch.eventsub.EventSubEvent.ChannelFollow;
import io.streampulse.twitch.eventsub.EventSubEvent.ChannelRaid;
import io.streampulse.twitch.eventsub.EventSubEvent.ChannelSubscribe;
import io.streampulse.twitch.eventsub.EventSubEvent.ChannelSubscriptionGift;
import io.streampulse.twitch.eventsub.EventSubEvent.ChannelSubscriptionMessage;
import io.streampulse.twitch.eventsub.EventSubEvent.ChannelUpdate;
import io.streampulse.twitch.eventsub.EventSubEvent.StreamOffline;
import io.streampulse.twitch.eventsub.EventSubEvent.StreamOnline;
import io.streampulse.twitch.eventsub.EventSubEvent.UserAuthorizationRevoke;
import io.streampulse.twitch.eventsub.EventSubMessage;
import java.time.Instant;
import java.util.List;

/**
 * Turns a verified EventSub notification into the records of StreamPulse's topics: stream.online/offline to
 * twitch.streams.lifecycle.v1, channel events to twitch.channel.events.v1, user.authorization.revoke to
 * twitch.users.revoked.v1. Every record's {@code event_id} is the Twitch message id (consumers dedupe on it) and
 * its {@code occurred_at} the message timestamp. Invalid event content (e.g. an unknown tier) raises
 * {@link IllegalArgumentException} from the contract records; the caller dead-letters it.
 */
final class EventNormalizer {

    private static final int V = SchemaVersion.CURRENT;

    private EventNormalizer() {
    }

    static Normalized normalize(String messageId, Instant at, EventSubMessage.Notification notification) {
        EventSubEvent event = notification.event();
        if (event instanceof StreamOnline e) {
            StreamWentOnline online = new StreamWentOnline(messageId, at, V, e.streamId(), e.broadcasterUserId(),
                e.broadcasterUserLogin(), e.broadcasterUserName(), e.type(), e.startedAt());
            return new Normalized(List.of(new Publication<>(Topics.STREAMS_LIFECYCLE, online.key(), online)), online);
        }
        if (event instanceof StreamOffline e) {
            StreamWentOffline offline = new StreamWentOffline(messageId, at, V, e.broadcasterUserId(),
                e.broadcasterUserLogin(), e.broadcasterUserName());
            return Normalized.of(new Publication<>(Topics.STREAMS_LIFECYCLE, offline.key(), offline));
        }
        if (event instanceof UserAuthorizationRevoke e) {
            UserAuthorizationRevoked revoked = new UserAuthorizationRevoked(messageId, at, V, e.clientId(), e.userId(),
                e.userLogin(), e.userName());
            return Normalized.of(new Publication<>(Topics.USERS_REVOKED, revoked.key(), revoked));
        }
        ChannelEventReceived channelEvent = channelEvent(messageId, at, notification);
        return Normalized.of(new Publication<>(Topics.CHANNEL_EVENTS, channelEvent.key(), channelEvent));
    }

    private static ChannelEventReceived channelEvent(String id, Instant at, EventSubMessage.Notification n) {
        EventSubEvent event = n.event();
        if (event instanceof ChannelFollow e) {
            return new ChannelFollowed(id, at, V, e.broadcasterUserId(), e.broadcasterUserLogin(),
                e.broadcasterUserName(), e.userId(), e.userLogin(), e.userName(), e.followedAt());
        }
        if (event instanceof ChannelSubscribe e) {
            return new ChannelSubscribed(id, at, V, e.broadcasterUserId(), e.broadcasterUserLogin(),
                e.broadcasterUserName(), e.userId(), e.userLogin(), e.userName(), e.tier(), e.isGift());
        }
        if (event instanceof ChannelSubscriptionGift e) {
            return new ChannelSubscriptionGifted(id, at, V, e.broadcasterUserId(), e.broadcasterUserLogin(),
                e.broadcasterUserName(), e.userId(), e.userLogin(), e.userName(), e.total(), e.tier(),
                e.cumulativeTotal(), e.isAnonymous());
        }
        if (event instanceof ChannelSubscriptionMessage e) {
            return new ChannelResubscribed(id, at, V, e.broadcasterUserId(), e.broadcasterUserLogin(),
                e.broadcasterUserName(), e.userId(), e.userLogin(), e.userName(), e.tier(), e.message().text(),
                e.cumulativeMonths(), e.streakMonths(), e.durationMonths());
        }
        if (event instanceof ChannelCheer e) {
            return new ChannelCheered(id, at, V, e.broadcasterUserId(), e.broadcasterUserLogin(),
                e.broadcasterUserName(), e.isAnonymous(), e.userId(), e.userLogin(), e.userName(), e.message(),
                e.bits());
        }
        if (event instanceof ChannelRaid e) {
            return raided(id, at, e, n.subscription().condition().containsKey("to_broadcaster_user_id"));
        }
        if (event instanceof ChannelUpdate e) {
            return new ChannelUpdated(id, at, V, e.broadcasterUserId(), e.broadcasterUserLogin(),
                e.broadcasterUserName(), e.title(), e.language(), e.categoryId(), e.categoryName(),
                e.contentClassificationLabels());
        }
        throw new IllegalArgumentException("no normalisation for " + event.getClass().getSimpleName());
    }

    /** Filed under the channel the subscription watches: the raided one for to_*, the raider for from_*. */
    private static ChannelRaided raided(String id, Instant at, ChannelRaid e, boolean filedUnderTarget) {
        String broadcasterId = filedUnderTarget ? e.toBroadcasterUserId() : e.fromBroadcasterUserId();
        String login = filedUnderTarget ? e.toBroadcasterUserLogin() : e.fromBroadcasterUserLogin();
        String name = filedUnderTarget ? e.toBroadcasterUserName() : e.fromBroadcasterUserName();
        return new ChannelRaided(id, at, V, broadcasterId, login, name, e.fromBroadcasterUserId(),
            e.fromBroadcasterUserLogin(), e.fromBroadcasterUserName(), e.toBroadcasterUserId(),
            e.toBroadcasterUserLogin(), e.toBroadcasterUserName(), e.viewers());
    }

    /**
     * The records of one notification, and for stream.online the lifecycle fact that may also be a discovery.
     *
     * @param online the stream.online fact, or null
     */
    record Normalized(List<Publication<?>> publications, StreamWentOnline online) {

        static Normalized of(Publication<?> publication) {
            return new Normalized(List.of(publication), null);
        }
    }
}
