package io.streampulse.contracts.stats;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.streampulse.contracts.event.Event;
import io.streampulse.contracts.event.Require;
import java.time.Instant;

/** One channel's streaming on one UTC day; key {@code <broadcaster_id>|<yyyy-MM-dd>}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChannelDailyStatsComputed(
    String eventId,
    Instant occurredAt,
    int schemaVersion,
    String broadcasterId,
    String broadcasterLogin,
    Instant windowStart,
    Instant windowEnd,
    long minutesLive,
    long viewerMinutes,
    int peakViewers,
    double averageViewers,
    int sessions) implements Event {

    public ChannelDailyStatsComputed {
        Require.envelope(eventId, occurredAt, schemaVersion);
        Require.text(broadcasterId, "broadcaster_id");
        broadcasterLogin = Require.orEmpty(broadcasterLogin);
        StatsWindow.check(windowStart, windowEnd);
        Require.notNegative(minutesLive, "minutes_live");
        Require.notNegative(viewerMinutes, "viewer_minutes");
        Require.notNegative(peakViewers, "peak_viewers");
        Require.notNegative(averageViewers, "average_viewers");
        Require.notNegative(sessions, "sessions");
    }

    @Override
    public String key() {
        return StatsWindow.key(broadcasterId, StatsWindow.day(windowStart));
    }
}
