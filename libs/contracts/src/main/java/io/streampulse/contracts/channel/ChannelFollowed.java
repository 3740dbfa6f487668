package io.streampulse.contracts.channel;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.streampulse.contracts.event.Require;
import java.time.Instant;

/** EventSub channel.follow (v2). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChannelFollowed(
    String eventId,
    Instant occurredAt,
    int schemaVersion,
    String broadcasterId,
    String broadcasterLogin,
    String broadcasterName,
    String userId,
    String userLogin,
    String userName,
    Instant followedAt) implements ChannelEventReceived {

    public static final String EVENT_TYPE = "channel.follow";

    public ChannelFollowed {
        Require.envelope(eventId, occurredAt, schemaVersion);
        ChannelFields.broadcaster(broadcasterId, broadcasterLogin, broadcasterName);
        ChannelFields.user(userId, userLogin, userName);
        Require.present(followedAt, "followed_at");
    }

    @Override
    public String eventType() {
        return EVENT_TYPE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.followed(this);
    }
}
