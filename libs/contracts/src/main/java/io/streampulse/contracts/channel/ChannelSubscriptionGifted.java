package io.streampulse.contracts.channel;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.streampulse.contracts.event.Require;
import java.time.Instant;

/**
 * EventSub channel.subscription.gift. When {@code is_anonymous} the user fields are null;
 * {@code cumulative_total} is null when anonymous or when the gifter hides it.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChannelSubscriptionGifted(
    String eventId,
    Instant occurredAt,
    int schemaVersion,
    String broadcasterId,
    String broadcasterLogin,
    String broadcasterName,
    String userId,
    String userLogin,
    String userName,
    int total,
    String tier,
    Integer cumulativeTotal,
    @JsonProperty("is_anonymous") boolean isAnonymous) implements ChannelEventReceived {

    public static final String EVENT_TYPE = "channel.subscription.gift";

    public ChannelSubscriptionGifted {
        Require.envelope(eventId, occurredAt, schemaVersion);
        ChannelFields.broadcaster(broadcasterId, broadcasterLogin, broadcasterName);
        if (isAnonymous) {
            userId = Require.blankToNull(userId);
            userLogin = Require.blankToNull(userLogin);
            userName = Require.blankToNull(userName);
        } else {
            ChannelFields.user(userId, userLogin, userName);
        }
        Require.positive(total, "total");
        ChannelFields.tier(tier);
        if (cumulativeTotal != null) {
            Require.notNegative(cumulativeTotal, "cumulative_total");
        }
    }

    @Override
    public String eventType() {
        return EVENT_TYPE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.subscriptionGifted(this);
    }
}
