package io.streampulse.archive.snapshot;

import io.streampulse.archive.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Table {@code stream_snapshots} (partitioned by day), keyed by channel and bucket: a replay writes nothing new. */
public final class SnapshotStore {

    private static final String INSERT = "insert into stream_snapshots (broadcaster_id, bucket_start, stream_id,"
        + " observed_at, viewer_count, game_id, game_name, title, language)"
        + " select * from unnest(?::text[], ?::timestamptz[], ?::text[], ?::timestamptz[], ?::int4[], ?::text[],"
        + " ?::text[], ?::text[], ?::text[]) on conflict (broadcaster_id, bucket_start) do nothing";

    /** Inserts the rows (their day partitions must exist); returns how many were new. */
    public int insert(Connection connection, Collection<SnapshotRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        List<SnapshotRow> sorted = rows.stream()
            .sorted(Comparator.comparing(SnapshotRow::broadcasterId).thenComparing(SnapshotRow::bucketStart)).toList();
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setArray(1, texts(connection, sorted, SnapshotRow::broadcasterId));
            insert.setArray(2, Sql.instants(connection, sorted.stream().map(SnapshotRow::bucketStart).toList()));
            insert.setArray(3, texts(connection, sorted, SnapshotRow::streamId));
            insert.setArray(4, Sql.instants(connection, sorted.stream().map(SnapshotRow::observedAt).toList()));
            insert.setArray(5, Sql.ints(connection, sorted.stream().map(SnapshotRow::viewerCount).toList()));
            insert.setArray(6, texts(connection, sorted, SnapshotRow::gameId));
            insert.setArray(7, texts(connection, sorted, SnapshotRow::gameName));
            insert.setArray(8, texts(connection, sorted, SnapshotRow::title));
            insert.setArray(9, texts(connection, sorted, SnapshotRow::language));
            return insert.executeUpdate();
        }
    }

    private static java.sql.Array texts(Connection connection, List<SnapshotRow> rows,
                                        Function<SnapshotRow, String> column) throws SQLException {
        return Sql.texts(connection, rows.stream().map(column).toList());
    }
}
