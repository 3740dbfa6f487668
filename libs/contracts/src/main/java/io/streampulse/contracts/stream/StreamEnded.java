package io.streampulse.contracts.stream;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.streampulse.contracts.event.Event;
import io.streampulse.contracts.event.Require;
import java.time.Instant;
import java.util.List;

/**
 * A finished session with its summary. {@code ended_at} is the last LIVE observation (or the offline
 * event), not the time the end was noticed; {@code occurred_at} is when archive closed the session.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StreamEnded(
    String eventId,
    Instant occurredAt,
    int schemaVersion,
    String streamId,
    String broadcasterId,
    String broadcasterLogin,
    String broadcasterName,
    Instant startedAt,
    Instant endedAt,
    long durationSeconds,
    int peakViewers,
    double averageViewers,
    long viewerMinutes,
    List<GamePlayed> games,
    List<String> titles,
    List<String> tags,
    String language,
    EndReason endReason,
    int observations) implements Event {

    public StreamEnded {
        Require.envelope(eventId, occurredAt, schemaVersion);
        Require.text(streamId, "stream_id");
        Require.text(broadcasterId, "broadcaster_id");
        Require.text(broadcasterLogin, "broadcaster_login");
        Require.present(broadcasterName, "broadcaster_name");
        Require.present(startedAt, "started_at");
        Require.present(endedAt, "ended_at");
        if (endedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("ended_at " + endedAt + " is before started_at " + startedAt);
        }
        Require.notNegative(durationSeconds, "duration_seconds");
        Require.notNegative(peakViewers, "peak_viewers");
        Require.notNegative(averageViewers, "average_viewers");
        Require.notNegative(viewerMinutes, "viewer_minutes");
        games = Require.listOf(games, "games");
        titles = Require.listOf(titles, "titles");
        tags = Require.listOf(tags, "tags");
        language = Require.orEmpty(language);
        Require.present(endReason, "end_reason");
        Require.notNegative(observations, "observations");
    }

    @Override
    public String key() {
        return broadcasterId;
    }
}
