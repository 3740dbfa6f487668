package io.streampulse.contracts.channel;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.streampulse.contracts.event.Require;
import java.time.Instant;

/** EventSub channel.cheer. When {@code is_anonymous} the user fields are null. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChannelCheered(
    String eventId,
    Instant occurredAt,
    int schemaVersion,
    String broadcasterId,
    String broadcasterLogin,
    String broadcasterName,
    @JsonProperty("is_anonymous") boolean isAnonymous,
    String userId,
    String userLogin,
    String userName,
    String message,
    int bits) implements ChannelEventReceived {

    public static final String EVENT_TYPE = "channel.cheer";

    public ChannelCheered {
        Require.envelope(eventId, occurredAt, schemaVersion);
        ChannelFields.broadcaster(broadcasterId, broadcasterLogin, broadcasterName);
        if (isAnonymous) {
            userId = Require.blankToNull(userId);
            userLogin = Require.blankToNull(userLogin);
            userName = Require.blankToNull(userName);
        } else {
            ChannelFields.user(userId, userLogin, userName);
        }
        message = Require.orEmpty(message);
        Require.positive(bits, "bits");
    }

    @Override
    public String eventType() {
        return EVENT_TYPE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.cheered(this);
    }
}
