package io.streampulse.contracts.stream;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.streampulse.contracts.event.Event;
import io.streampulse.contracts.event.Require;
import java.time.Instant;

/** A live stream seen by a sweep, an EventSub stream.online or an external source, with its first state. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StreamDiscovered(
    String eventId,
    Instant occurredAt,
    int schemaVersion,
    DiscoverySource source,
    StreamState stream) implements Event {

    public StreamDiscovered {
        Require.envelope(eventId, occurredAt, schemaVersion);
        Require.present(source, "source");
        Require.present(stream, "stream");
    }

    @Override
    public String key() {
        return stream.broadcasterId();
    }
}
