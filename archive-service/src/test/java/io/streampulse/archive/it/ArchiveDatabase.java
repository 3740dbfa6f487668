package io.streampulse.archive.it;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.streampulse.archive.session.ClosedSession;
import io.streampulse.contracts.codec.Json;
import io.streampulse.contracts.stream.EndReason;
import io.streampulse.contracts.stream.GamePlayed;
import io.streampulse.testkit.TestDatabase;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Reads archive's tables back in the tests, as whole values. */
public final class ArchiveDatabase {

    private static final ObjectMapper JSON = Json.newMapper();

    private final DataSource dataSource;

    public ArchiveDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Reads {@code database} with connections of its own (not a service's pool, which stops with its service). */
    public static ArchiveDatabase connectTo(TestDatabase database) {
        PGSimpleDataSource own = new PGSimpleDataSource();
        own.setURL(database.jdbcUrl());
        own.setUser(database.username());
        own.setPassword(database.password());
        own.setCurrentSchema("archive");
        return new ArchiveDatabase(own);
    }

    /** An archived session and when it was closed. */
    public record ArchivedSession(ClosedSession session, Instant closedAt, String eventId) {
    }

    /** A snapshot row and the partition holding it. */
    public record StoredSnapshot(String partition, String broadcasterId, Instant bucketStart, String streamId,
                                 Instant observedAt, int viewerCount, String gameId, String title) {
    }

    /** A channel_events row (payload as JSON text normalised by PostgreSQL). */
    public record StoredEvent(String eventId, String broadcasterId, String eventType, String actorId, String actorLogin,
                              String actorName, Integer amount, String tier, Instant occurredAt) {
    }

    public List<ArchivedSession> sessions(String broadcasterId) throws SQLException {
        return query("select * from stream_sessions where broadcaster_id = ? order by ended_at", broadcasterId,
            rows -> new ArchivedSession(new ClosedSession(rows.getString("stream_id"), rows.getString("broadcaster_id"),
                rows.getString("broadcaster_login"), rows.getString("broadcaster_name"), instant(rows, "started_at"),
                instant(rows, "ended_at"), rows.getLong("duration_seconds"), rows.getInt("peak_viewers"),
                rows.getDouble("average_viewers"), rows.getLong("viewer_minutes"), games(rows.getString("games")),
                texts(rows.getArray("titles")), texts(rows.getArray("tags")), rows.getString("language"),
                EndReason.valueOf(rows.getString("end_reason")), rows.getInt("observations")),
                instant(rows, "closed_at"), rows.getString("event_id")));
    }

    /** The stream id of the channel's open session, if any. */
    public List<String> openStream(String broadcasterId) throws SQLException {
        return query("select stream_id from open_sessions where broadcaster_id = ?", broadcasterId, rows -> rows.getString(1));
    }

    public List<StoredSnapshot> snapshots(String broadcasterId) throws SQLException {
        return query("select tableoid::regclass::text as part, * from stream_snapshots where broadcaster_id = ?"
            + " order by bucket_start", broadcasterId, rows -> new StoredSnapshot(rows.getString("part"),
            rows.getString("broadcaster_id"), instant(rows, "bucket_start"), rows.getString("stream_id"),
            instant(rows, "observed_at"), rows.getInt("viewer_count"), rows.getString("game_id"), rows.getString("title")));
    }

    public List<StoredEvent> events(String broadcasterId) throws SQLException {
        return query("select * from channel_events where broadcaster_id = ? order by occurred_at, event_id", broadcasterId,
            rows -> new StoredEvent(rows.getString("event_id"), rows.getString("broadcaster_id"),
                rows.getString("event_type"), rows.getString("actor_id"), rows.getString("actor_login"),
                rows.getString("actor_name"), (Integer) rows.getObject("amount"), rows.getString("tier"),
                instant(rows, "occurred_at")));
    }

    public List<String> eventPayloads(String broadcasterId) throws SQLException {
        return query("select payload::text from channel_events where broadcaster_id = ? order by occurred_at, event_id",
            broadcasterId, rows -> rows.getString(1));
    }

    /** Rows of any one-parameter query, mapped. */
    public <T> List<T> query(String sql, Object parameter, RowMapper<T> mapper) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            if (parameter != null) {
                select.setObject(1, parameter);
            }
            try (ResultSet rows = select.executeQuery()) {
                List<T> values = new ArrayList<>();
                while (rows.next()) {
                    values.add(mapper.map(rows));
                }
                return values;
            }
        }
    }

    /** Maps the current row. */
    public interface RowMapper<T> {
        T map(ResultSet rows) throws SQLException;
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static List<String> texts(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private static List<GamePlayed> games(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<GamePlayed>>() { });
        } catch (Exception e) {
            throw new IllegalStateException("unreadable games " + json, e);
        }
    }
}
