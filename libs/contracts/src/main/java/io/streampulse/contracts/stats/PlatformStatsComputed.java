package io.streampulse.contracts.stats;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.streampulse.contracts.event.Event;
import io.streampulse.contracts.event.Require;
import java.time.Instant;

/** All observed live streams in one 5-minute window; key {@code <window_start>} (RFC 3339). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PlatformStatsComputed(
    String eventId,
    Instant occurredAt,
    int schemaVersion,
    Instant windowStart,
    Instant windowEnd,
    long totalViewers,
    int liveChannels) implements Event {

    public PlatformStatsComputed {
        Require.envelope(eventId, occurredAt, schemaVersion);
        StatsWindow.check(windowStart, windowEnd);
        Require.notNegative(totalViewers, "total_viewers");
        Require.notNegative(liveChannels, "live_channels");
    }

    @Override
    public String key() {
        return windowStart.toString();
    }
}
