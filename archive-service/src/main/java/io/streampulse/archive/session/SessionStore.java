package io.streampulse.archive.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.streampulse.archive.db.Sql;
import io.streampulse.contracts.codec.Json;
import io.streampulse.contracts.stream.GamePlayed;
import io.streampulse.contracts.stream.StreamEnded;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Table {@code stream_sessions}: one row per ended session, keyed by stream id; a second close of the same
 * stream changes nothing (first write wins), so replays are harmless.
 */
public final class SessionStore {

    private static final String INSERT = "insert into stream_sessions (stream_id, broadcaster_id, broadcaster_login,"
        + " broadcaster_name, started_at, ended_at, duration_seconds, peak_viewers, average_viewers, viewer_minutes,"
        + " games, titles, tags, language, end_reason, observations, closed_at, event_id)"
        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?::uuid) on conflict (stream_id) do nothing";

    private final ObjectMapper json = Json.newMapper();
    private final ObjectWriter endedWriter = json.writerFor(StreamEnded.class);

    /**
     * Inserts the sessions that are not archived yet.
     *
     * @return the sessions that were new (only those get a StreamEnded in the outbox)
     */
    public List<ClosedSession> insertNew(Connection connection, List<ClosedSession> sessions, Instant closedAt)
        throws SQLException {
        List<ClosedSession> inserted = new ArrayList<>();
        if (sessions.isEmpty()) {
            return inserted;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (ClosedSession session : sessions) {
                bind(connection, insert, session, closedAt);
                if (insert.executeUpdate() == 1) {
                    inserted.add(session);
                }
            }
        }
        return inserted;
    }

    /** The JSON of the session's StreamEnded, exactly as twitch.streams.ended.v1's serde writes it. */
    public String endedPayload(ClosedSession session, Instant closedAt) {
        try {
            return Sql.cleanJson(endedWriter.writeValueAsString(session.toEvent(closedAt)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write StreamEnded of stream " + session.streamId(), e);
        }
    }

    private void bind(Connection connection, PreparedStatement insert, ClosedSession session, Instant closedAt)
        throws SQLException {
        insert.setString(1, Sql.clean(session.streamId()));
        insert.setString(2, Sql.clean(session.broadcasterId()));
        insert.setString(3, Sql.clean(session.broadcasterLogin()));
        insert.setString(4, Sql.clean(session.broadcasterName()));
        insert.setObject(5, Sql.time(session.startedAt()));
        insert.setObject(6, Sql.time(session.endedAt()));
        insert.setLong(7, session.durationSeconds());
        insert.setInt(8, session.peakViewers());
        insert.setDouble(9, session.averageViewers());
        insert.setLong(10, session.viewerMinutes());
        insert.setString(11, gamesJson(session.games()));
        insert.setArray(12, Sql.texts(connection, session.titles()));
        insert.setArray(13, Sql.texts(connection, session.tags()));
        insert.setString(14, Sql.clean(session.language()));
        insert.setString(15, session.endReason().name());
        insert.setInt(16, session.observations());
        insert.setObject(17, Sql.time(closedAt));
        insert.setString(18, session.endedEventId());
    }

    private String gamesJson(List<GamePlayed> games) {
        try {
            return Sql.cleanJson(json.writeValueAsString(games));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write games", e);
        }
    }
}
