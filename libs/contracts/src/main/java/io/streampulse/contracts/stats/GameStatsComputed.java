package io.streampulse.contracts.stats;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.streampulse.contracts.event.Event;
import io.streampulse.contracts.event.Require;
import java.time.Instant;

/**
 * One category over one window, on twitch.stats.game-hourly.v1 (granularity HOUR) and
 * twitch.stats.game-daily.v1 (DAY); key {@code <game_id>|<window_start>} (game_id "" = no category).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GameStatsComputed(
    String eventId,
    Instant occurredAt,
    int schemaVersion,
    StatsGranularity granularity,
    String gameId,
    String gameName,
    Instant windowStart,
    Instant windowEnd,
    long viewerMinutes,
    int channelsLive,
    int peakViewers) implements Event {

    public GameStatsComputed {
        Require.envelope(eventId, occurredAt, schemaVersion);
        Require.present(granularity, "granularity");
        Require.present(gameId, "game_id");
        gameName = Require.orEmpty(gameName);
        StatsWindow.check(windowStart, windowEnd);
        Require.notNegative(viewerMinutes, "viewer_minutes");
        Require.notNegative(channelsLive, "channels_live");
        Require.notNegative(peakViewers, "peak_viewers");
    }

    @Override
    public String key() {
        return StatsWindow.key(gameId, windowStart);
    }
}
