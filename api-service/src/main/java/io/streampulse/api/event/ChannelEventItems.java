package io.streampulse.api.event;

import io.streampulse.contracts.channel.ChannelCheered;
import io.streampulse.contracts.channel.ChannelEventReceived;
import io.streampulse.contracts.channel.ChannelFollowed;
import io.streampulse.contracts.channel.ChannelRaided;
import io.streampulse.contracts.channel.ChannelResubscribed;
import io.streampulse.contracts.channel.ChannelSubscribed;
import io.streampulse.contracts.channel.ChannelSubscriptionGifted;
import io.streampulse.contracts.channel.ChannelUpdated;

/**
 * Maps a channel event from twitch.channel.events.v1 to its {@link ChannelEventItem}, with the same actor and amount
 * rules archive-service applies to its rows, so an event pushed live (SSE) and the same event listed from the
 * archive look alike.
 */
public final class ChannelEventItems implements ChannelEventReceived.Visitor<ChannelEventItem> {

    private static final ChannelEventItems INSTANCE = new ChannelEventItems();

    private ChannelEventItems() {
    }

    public static ChannelEventItem of(ChannelEventReceived event) {
        return event.accept(INSTANCE);
    }

    @Override
    public ChannelEventItem followed(ChannelFollowed e) {
        return item(e, e.userId(), e.userLogin(), e.userName(), null, null);
    }

    @Override
    public ChannelEventItem subscribed(ChannelSubscribed e) {
        return item(e, e.userId(), e.userLogin(), e.userName(), null, e.tier());
    }

    @Override
    public ChannelEventItem subscriptionGifted(ChannelSubscriptionGifted e) {
        return item(e, e.userId(), e.userLogin(), e.userName(), e.total(), e.tier());
    }

    @Override
    public ChannelEventItem resubscribed(ChannelResubscribed e) {
        return item(e, e.userId(), e.userLogin(), e.userName(), e.cumulativeMonths(), e.tier());
    }

    @Override
    public ChannelEventItem cheered(ChannelCheered e) {
        return item(e, e.userId(), e.userLogin(), e.userName(), e.bits(), null);
    }

    @Override
    public ChannelEventItem raided(ChannelRaided e) {
        boolean raided = e.broadcasterId().equals(e.toBroadcasterId());
        return raided
            ? item(e, e.fromBroadcasterId(), e.fromBroadcasterLogin(), e.fromBroadcasterName(), e.viewers(), null)
            : item(e, e.toBroadcasterId(), e.toBroadcasterLogin(), e.toBroadcasterName(), e.viewers(), null);
    }

    @Override
    public ChannelEventItem updated(ChannelUpdated e) {
        return item(e, null, null, null, null, null);
    }

    private static ChannelEventItem item(ChannelEventReceived e, String actorId, String actorLogin, String actorName,
                                         Integer amount, String tier) {
        return new ChannelEventItem(e.eventId(), e.eventType(), e.broadcasterId(), actorId, actorLogin, actorName,
            amount, tier, e.occurredAt());
    }
}
