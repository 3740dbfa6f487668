package io.streampulse.contracts.stream;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.streampulse.contracts.event.Event;
import io.streampulse.contracts.event.Require;
import io.streampulse.contracts.event.SchemaVersion;
import java.time.Instant;

/**
 * One per requested stream per refresh. {@code occurred_at} is the observation time (when Helix answered).
 * LIVE carries the full stream state; ABSENT carries none ({@code stream} is null).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StreamObserved(
    String eventId,
    Instant occurredAt,
    int schemaVersion,
    String broadcasterId,
    ObservationStatus status,
    StreamState stream) implements Event {

    public StreamObserved {
        Require.envelope(eventId, occurredAt, schemaVersion);
        Require.text(broadcasterId, "broadcaster_id");
        Require.present(status, "status");
        if (status == ObservationStatus.LIVE) {
            Require.present(stream, "stream (status LIVE)");
            if (!stream.broadcasterId().equals(broadcasterId)) {
                throw new IllegalArgumentException("stream.broadcaster_id " + stream.broadcasterId()
                    + " differs from broadcaster_id " + broadcasterId);
            }
        } else if (stream != null) {
            throw new IllegalArgumentException("stream must be null when status is ABSENT");
        }
    }

    public static StreamObserved live(String eventId, Instant observedAt, StreamState stream) {
        return new StreamObserved(eventId, observedAt, SchemaVersion.CURRENT, stream.broadcasterId(), ObservationStatus.LIVE, stream);
    }

    public static StreamObserved absent(String eventId, Instant observedAt, String broadcasterId) {
        return new StreamObserved(eventId, observedAt, SchemaVersion.CURRENT, broadcasterId, ObservationStatus.ABSENT, null);
    }

    @Override
    public String key() {
        return broadcasterId;
    }
}
