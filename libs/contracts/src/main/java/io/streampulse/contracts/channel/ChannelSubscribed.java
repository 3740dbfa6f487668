package io.streampulse.contracts.channel;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.streampulse.contracts.event.Require;
import java.time.Instant;

/** EventSub channel.subscribe: new subscriptions only, not resubs; tier is "1000", "2000" or "3000". */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChannelSubscribed(
    String eventId,
    Instant occurredAt,
    int schemaVersion,
    String broadcasterId,
    String broadcasterLogin,
    String broadcasterName,
    String userId,
    String userLogin,
    String userName,
    String tier,
    @JsonProperty("is_gift") boolean isGift) implements ChannelEventReceived {

    public static final String EVENT_TYPE = "channel.subscribe";

    public ChannelSubscribed {
        Require.envelope(eventId, occurredAt, schemaVersion);
        ChannelFields.broadcaster(broadcasterId, broadcasterLogin, broadcasterName);
        ChannelFields.user(userId, userLogin, userName);
        ChannelFields.tier(tier);
    }

    @Override
    public String eventType() {
        return EVENT_TYPE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.subscribed(this);
    }
}
