package io.streampulse.contracts.stream;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.streampulse.contracts.event.Event;
import io.streampulse.contracts.event.Require;
import java.time.Instant;

/**
 * The current state of one live stream on the compacted twitch.streams.live.v1; a tombstone (null value)
 * under the broadcaster_id means the stream ended.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record LiveStreamUpdated(
    String eventId,
    Instant occurredAt,
    int schemaVersion,
    StreamState stream,
    Instant lastObservedAt) implements Event {

    public LiveStreamUpdated {
        Require.envelope(eventId, occurredAt, schemaVersion);
        Require.present(stream, "stream");
        Require.present(lastObservedAt, "last_observed_at");
    }

    @Override
    public String key() {
        return stream.broadcasterId();
    }
}
