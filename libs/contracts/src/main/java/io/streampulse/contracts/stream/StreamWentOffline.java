package io.streampulse.contracts.stream;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.streampulse.contracts.event.Require;
import java.time.Instant;

/** EventSub stream.offline: Twitch gives no stream id, join on the broadcaster. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StreamWentOffline(
    String eventId,
    Instant occurredAt,
    int schemaVersion,
    String broadcasterId,
    String broadcasterLogin,
    String broadcasterName) implements StreamLifecycleEvent {

    public static final String EVENT_TYPE = "stream.offline";

    public StreamWentOffline {
        Require.envelope(eventId, occurredAt, schemaVersion);
        Require.text(broadcasterId, "broadcaster_id");
        Require.text(broadcasterLogin, "broadcaster_login");
        Require.present(broadcasterName, "broadcaster_name");
    }

    @Override
    public String eventType() {
        return EVENT_TYPE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.offline(this);
    }
}
