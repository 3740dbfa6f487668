package io.streampulse.archive.score;

import io.streampulse.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads an archive-service database (schema {@code archive}) for the score. */
final class ArchiveTables {

    private final TestDatabase database;

    ArchiveTables(TestDatabase database) {
        this.database = database;
    }

    List<ArchivedRow> sessions() {
        return query("select stream_id, broadcaster_id, started_at, ended_at, viewer_minutes, end_reason"
            + " from archive.stream_sessions", rows -> new ArchivedRow(rows.getString(1), rows.getString(2),
            rows.getObject(3, OffsetDateTime.class).toInstant(), rows.getObject(4, OffsetDateTime.class).toInstant(),
            rows.getLong(5), rows.getString(6)));
    }

    /** Next offset to process per partition of {@code topic}, as committed with the effects (empty before any). */
    Map<Integer, Long> consumedOffsets(String topic) {
        Map<Integer, Long> offsets = new HashMap<>();
        query("select partition, next_offset from archive.consumed_offsets where topic = '" + topic + "'",
            rows -> offsets.put(rows.getInt(1), rows.getLong(2)));
        return offsets;
    }

    /** StreamEnded records still to relay. */
    long unsentOutbox() {
        return query("select count(*) from archive.outbox where sent_at is null", rows -> rows.getLong(1)).get(0);
    }

    /** Stream ids with more than one outbox row (one StreamEnded per session is the contract). */
    List<String> outboxDuplicates() {
        return query("select payload::json->>'stream_id' from archive.outbox group by 1 having count(*) > 1",
            rows -> rows.getString(1));
    }

    /** How many times archive closed a session by each reason. */
    Map<String, Long> endReasons() {
        Map<String, Long> reasons = new HashMap<>();
        query("select end_reason, count(*) from archive.stream_sessions group by 1",
            rows -> reasons.put(rows.getString(1), rows.getLong(2)));
        return reasons;
    }

    /** Whether the service has migrated its schema yet (the tables exist). */
    boolean migrated() {
        return !query("select 1 from information_schema.tables where table_schema = 'archive'"
            + " and table_name = 'consumed_offsets'", rows -> 1).isEmpty();
    }

    private <T> List<T> query(String sql, Row<T> row) {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
            database.password()); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<T> values = new ArrayList<>();
            while (rows.next()) {
                values.add(row.map(rows));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private interface Row<T> {
        T map(ResultSet rows) throws SQLException;
    }
}
