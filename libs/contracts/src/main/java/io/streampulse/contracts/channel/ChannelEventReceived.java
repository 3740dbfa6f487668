package io.streampulse.contracts.channel;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.streampulse.contracts.event.TypedEvent;

/**
 * A normalised EventSub channel notification on twitch.channel.events.v1, keyed by broadcaster_id.
 * {@code event_id} is the Twitch message id (dedupe on it). The JSON body carries {@code event_type} (the
 * Twitch subscription type) and producers set the same value in the {@code event_type} header.
 * Dispatch with {@link #accept(Visitor)}: the compiler makes every visitor handle every type (Java 17 has
 * no pattern {@code switch}), so a new type cannot be silently ignored.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "event_type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ChannelFollowed.class, name = ChannelFollowed.EVENT_TYPE),
    @JsonSubTypes.Type(value = ChannelSubscribed.class, name = ChannelSubscribed.EVENT_TYPE),
    @JsonSubTypes.Type(value = ChannelSubscriptionGifted.class, name = ChannelSubscriptionGifted.EVENT_TYPE),
    @JsonSubTypes.Type(value = ChannelResubscribed.class, name = ChannelResubscribed.EVENT_TYPE),
    @JsonSubTypes.Type(value = ChannelCheered.class, name = ChannelCheered.EVENT_TYPE),
    @JsonSubTypes.Type(value = ChannelRaided.class, name = ChannelRaided.EVENT_TYPE),
    @JsonSubTypes.Type(value = ChannelUpdated.class, name = ChannelUpdated.EVENT_TYPE)
})
public sealed interface ChannelEventReceived extends TypedEvent
    permits ChannelFollowed, ChannelSubscribed, ChannelSubscriptionGifted, ChannelResubscribed,
        ChannelCheered, ChannelRaided, ChannelUpdated {

    /** The channel this event is filed under (the Kafka key). */
    String broadcasterId();

    String broadcasterLogin();

    String broadcasterName();

    <R> R accept(Visitor<R> visitor);

    /** One method per channel event type. */
    interface Visitor<R> {
        R followed(ChannelFollowed event);

        R subscribed(ChannelSubscribed event);

        R subscriptionGifted(ChannelSubscriptionGifted event);

        R resubscribed(ChannelResubscribed event);

        R cheered(ChannelCheered event);

        R raided(ChannelRaided event);

        R updated(ChannelUpdated event);
    }

    @Override
    default String key() {
        return broadcasterId();
    }
}
