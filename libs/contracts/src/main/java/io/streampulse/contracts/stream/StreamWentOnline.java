package io.streampulse.contracts.stream;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.streampulse.contracts.event.Require;
import java.time.Instant;

/** EventSub stream.online; {@code type} is live, playlist, watch_party, premiere or rerun. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StreamWentOnline(
    String eventId,
    Instant occurredAt,
    int schemaVersion,
    String streamId,
    String broadcasterId,
    String broadcasterLogin,
    String broadcasterName,
    String type,
    Instant startedAt) implements StreamLifecycleEvent {

    public static final String EVENT_TYPE = "stream.online";

    public StreamWentOnline {
        Require.envelope(eventId, occurredAt, schemaVersion);
        Require.text(streamId, "stream_id");
        Require.text(broadcasterId, "broadcaster_id");
        Require.text(broadcasterLogin, "broadcaster_login");
        Require.present(broadcasterName, "broadcaster_name");
        Require.text(type, "type");
        Require.present(startedAt, "started_at");
    }

    @Override
    public String eventType() {
        return EVENT_TYPE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.online(this);
    }
}
