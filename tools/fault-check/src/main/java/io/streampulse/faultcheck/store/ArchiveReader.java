package io.streampulse.faultcheck.store;

import io.streampulse.faultcheck.score.ArchivedEvent;
import io.streampulse.faultcheck.score.ArchivedSession;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** What archive-service stored (schema archive). */
public final class ArchiveReader {

    private final Sql sql;

    public ArchiveReader(Sql sql) {
        this.sql = sql;
    }

    public List<ArchivedSession> sessions() {
        return sql.query("SELECT stream_id, broadcaster_id, started_at, ended_at, end_reason FROM archive.stream_sessions",
                r -> new ArchivedSession(r.getString(1), r.getString(2), instant(r, 3), instant(r, 4), r.getString(5)));
    }

    /** Sessions in progress: broadcaster id to stream id. */
    public Map<String, String> openSessions() {
        return sql.query("SELECT broadcaster_id, stream_id FROM archive.open_sessions",
                r -> Map.entry(r.getString(1), r.getString(2)))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public List<ArchivedEvent> channelEvents() {
        return sql.query("SELECT event_id, broadcaster_id, event_type, amount, tier, occurred_at FROM archive.channel_events",
                r -> new ArchivedEvent(r.getString(1), r.getString(2), r.getString(3), (Integer) r.getObject(4),
                        r.getString(5), instant(r, 6)));
    }

    public Optional<ArchivedEvent> channelEvent(String eventId) {
        return sql.query("SELECT event_id, broadcaster_id, event_type, amount, tier, occurred_at FROM archive.channel_events"
                        + " WHERE event_id = ?",
                r -> new ArchivedEvent(r.getString(1), r.getString(2), r.getString(3), (Integer) r.getObject(4),
                        r.getString(5), instant(r, 6)), eventId).stream().findFirst();
    }

    public long unsentOutbox() {
        return sql.count("SELECT count(*) FROM archive.outbox WHERE sent_at IS NULL");
    }

    static Instant instant(ResultSet row, int column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
