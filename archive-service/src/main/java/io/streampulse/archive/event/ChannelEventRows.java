package io.streampulse.archive.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.streampulse.archive.db.Sql;
import io.streampulse.contracts.channel.ChannelCheered;
import io.streampulse.contracts.channel.ChannelEventReceived;
import io.streampulse.contracts.channel.ChannelFollowed;
import io.streampulse.contracts.channel.ChannelRaided;
import io.streampulse.contracts.channel.ChannelResubscribed;
import io.streampulse.contracts.channel.ChannelSubscribed;
import io.streampulse.contracts.channel.ChannelSubscriptionGifted;
import io.streampulse.contracts.channel.ChannelUpdated;
import io.streampulse.contracts.codec.Json;

/**
 * Maps each channel event type to its {@code channel_events} row. The actor of a raid is the other channel (the
 * raider when the channel was raided, the raided channel when it raided); a channel.update has none.
 */
public final class ChannelEventRows implements ChannelEventReceived.Visitor<ChannelEventRow> {

    private final ObjectWriter payloads = Json.newMapper().writerFor(ChannelEventReceived.class);

    public ChannelEventRow rowOf(ChannelEventReceived event) {
        return event.accept(this);
    }

    @Override
    public ChannelEventRow followed(ChannelFollowed e) {
        return row(e, e.userId(), e.userLogin(), e.userName(), null, null);
    }

    @Override
    public ChannelEventRow subscribed(ChannelSubscribed e) {
        return row(e, e.userId(), e.userLogin(), e.userName(), null, e.tier());
    }

    @Override
    public ChannelEventRow subscriptionGifted(ChannelSubscriptionGifted e) {
        return row(e, e.userId(), e.userLogin(), e.userName(), e.total(), e.tier());
    }

    @Override
    public ChannelEventRow resubscribed(ChannelResubscribed e) {
        return row(e, e.userId(), e.userLogin(), e.userName(), e.cumulativeMonths(), e.tier());
    }

    @Override
    public ChannelEventRow cheered(ChannelCheered e) {
        return row(e, e.userId(), e.userLogin(), e.userName(), e.bits(), null);
    }

    @Override
    public ChannelEventRow raided(ChannelRaided e) {
        boolean raided = e.broadcasterId().equals(e.toBroadcasterId());
        return raided
            ? row(e, e.fromBroadcasterId(), e.fromBroadcasterLogin(), e.fromBroadcasterName(), e.viewers(), null)
            : row(e, e.toBroadcasterId(), e.toBroadcasterLogin(), e.toBroadcasterName(), e.viewers(), null);
    }

    @Override
    public ChannelEventRow updated(ChannelUpdated e) {
        return row(e, null, null, null, null, null);
    }

    private ChannelEventRow row(ChannelEventReceived e, String actorId, String actorLogin, String actorName,
                                Integer amount, String tier) {
        return new ChannelEventRow(e.eventId(), e.broadcasterId(), e.eventType(), actorId, actorLogin, actorName,
            amount, tier, e.occurredAt(), payload(e));
    }

    private String payload(ChannelEventReceived event) {
        try {
            return Sql.cleanJson(payloads.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write channel event " + event.eventId(), e);
        }
    }
}
