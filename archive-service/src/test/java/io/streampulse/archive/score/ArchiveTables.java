package io.streampulse.archive.score;

import io.streampulse.testkit.TestDatabase;
import java.time.OffsetDateTime;
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
        return database.query("select stream_id, broadcaster_id, started_at, ended_at, viewer_minutes, end_reason"
            + " from archive.stream_sessions", rows -> new ArchivedRow(rows.getString(1), rows.getString(2),
            rows.getObject(3, OffsetDateTime.class).toInstant(), rows.getObject(4, OffsetDateTime.class).toInstant(),
            rows.getLong(5), rows.getString(6)));
    }

    /** Next offset to process per partition of {@code topic}, as committed with the effects (empty before any). */
    Map<Integer, Long> consumedOffsets(String topic) {
        Map<Integer, Long> offsets = new HashMap<>();
        database.query("select partition, next_offset from archive.consumed_offsets where topic = '" + topic + "'",
            rows -> offsets.put(rows.getInt(1), rows.getLong(2)));
        return offsets;
    }

    /** StreamEnded records still to relay. */
    long unsentOutbox() {
        return database.query("select count(*) from archive.outbox where sent_at is null", rows -> rows.getLong(1)).get(0);
    }

    /** Stream ids with more than one outbox row (one StreamEnded per session is the contract). */
    List<String> outboxDuplicates() {
        return database.query("select payload::json->>'stream_id' from archive.outbox group by 1 having count(*) > 1",
            rows -> rows.getString(1));
    }

    /** How many times archive closed a session by each reason. */
    Map<String, Long> endReasons() {
        Map<String, Long> reasons = new HashMap<>();
        database.query("select end_reason, count(*) from archive.stream_sessions group by 1",
            rows -> reasons.put(rows.getString(1), rows.getLong(2)));
        return reasons;
    }

    /** Whether the service has migrated its schema yet (the tables exist). */
    boolean migrated() {
        return !database.query("select 1 from information_schema.tables where table_schema = 'archive'"
            + " and table_name = 'consumed_offsets'", rows -> 1).isEmpty();
    }
}
