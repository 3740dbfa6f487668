package io.streampulse.contracts.channel;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.streampulse.contracts.event.Require;
import java.time.Instant;

/**
 * EventSub channel.raid. Filed under the watched channel ({@code broadcaster_*}), which is either the
 * raiding ({@code from_broadcaster_*}) or the raided ({@code to_broadcaster_*}) channel.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChannelRaided(
    String eventId,
    Instant occurredAt,
    int schemaVersion,
    String broadcasterId,
    String broadcasterLogin,
    String broadcasterName,
    String fromBroadcasterId,
    String fromBroadcasterLogin,
    String fromBroadcasterName,
    String toBroadcasterId,
    String toBroadcasterLogin,
    String toBroadcasterName,
    int viewers) implements ChannelEventReceived {

    public static final String EVENT_TYPE = "channel.raid";

    public ChannelRaided {
        Require.envelope(eventId, occurredAt, schemaVersion);
        ChannelFields.broadcaster(broadcasterId, broadcasterLogin, broadcasterName);
        Require.text(fromBroadcasterId, "from_broadcaster_id");
        Require.text(fromBroadcasterLogin, "from_broadcaster_login");
        Require.present(fromBroadcasterName, "from_broadcaster_name");
        Require.text(toBroadcasterId, "to_broadcaster_id");
        Require.text(toBroadcasterLogin, "to_broadcaster_login");
        Require.present(toBroadcasterName, "to_broadcaster_name");
        if (!broadcasterId.equals(fromBroadcasterId) && !broadcasterId.equals(toBroadcasterId)) {
            throw new IllegalArgumentException(
                "broadcaster_id " + broadcasterId + " must be from_broadcaster_id or to_broadcaster_id");
        }
        Require.notNegative(viewers, "viewers");
    }

    @Override
    public String eventType() {
        return EVENT_TYPE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.raided(this);
    }
}
