package io.streampulse.archive.session;

import io.streampulse.contracts.event.SchemaVersion;
import io.streampulse.contracts.stream.EndReason;
import io.streampulse.contracts.stream.GamePlayed;
import io.streampulse.contracts.stream.StreamEnded;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The summary of a session that ended: what stream_sessions keeps and twitch.streams.ended.v1 publishes. */
public record ClosedSession(
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
    int observations) {

    public ClosedSession {
        games = List.copyOf(games);
        titles = List.copyOf(titles);
        tags = List.copyOf(tags);
    }

    /**
     * The id of this session's StreamEnded: derived from the stream id alone (a name-based UUID), so every
     * attempt to publish the end of one stream carries the same id and consumers can dedupe on it.
     */
    public static String endedEventId(String streamId) {
        return UUID.nameUUIDFromBytes(("twitch.streams.ended.v1/" + streamId).getBytes(StandardCharsets.UTF_8))
            .toString();
    }

    public String endedEventId() {
        return endedEventId(streamId);
    }

    /** The StreamEnded record of this session, noticed (closed) at {@code closedAt}. */
    public StreamEnded toEvent(Instant closedAt) {
        return new StreamEnded(endedEventId(), closedAt, SchemaVersion.CURRENT, streamId, broadcasterId,
            broadcasterLogin, broadcasterName, startedAt, endedAt, durationSeconds, peakViewers, averageViewers,
            viewerMinutes, games, titles, tags, language, endReason, observations);
    }
}
