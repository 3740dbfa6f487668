package io.streampulse.contracts.channel;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.streampulse.contracts.event.Require;
import java.time.Instant;

/**
 * EventSub channel.subscription.message (a resub shared in chat). {@code message_text} is the chat text
 * ("" when none); {@code streak_months} is null when the user does not share it.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChannelResubscribed(
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
    String messageText,
    int cumulativeMonths,
    Integer streakMonths,
    int durationMonths) implements ChannelEventReceived {

    public static final String EVENT_TYPE = "channel.subscription.message";

    public ChannelResubscribed {
        Require.envelope(eventId, occurredAt, schemaVersion);
        ChannelFields.broadcaster(broadcasterId, broadcasterLogin, broadcasterName);
        ChannelFields.user(userId, userLogin, userName);
        ChannelFields.tier(tier);
        messageText = Require.orEmpty(messageText);
        Require.notNegative(cumulativeMonths, "cumulative_months");
        if (streakMonths != null) {
            Require.notNegative(streakMonths, "streak_months");
        }
        Require.notNegative(durationMonths, "duration_months");
    }

    @Override
    public String eventType() {
        return EVENT_TYPE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.resubscribed(this);
    }
}
