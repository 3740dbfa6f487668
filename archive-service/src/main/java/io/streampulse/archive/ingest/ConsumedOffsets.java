package io.streampulse.archive.ingest;

import io.streampulse.archive.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Table {@code consumed_offsets}: the next offset to process of each partition, written in the same transaction
 * as the batch's effects (the idempotent consumer: a redelivered record is below it and skipped). Known offsets are
 * cached for the partitions this consumer owns; {@link #forget()} on every rebalance. Offsets read from the table
 * are locked until the batch commits: should a consumer that lost its partitions still be finishing a batch, the
 * new owner waits for it and then sees its offsets, instead of applying the same records a second time.
 */
public final class ConsumedOffsets {

    private static final String SELECT = "select topic, partition, next_offset from consumed_offsets"
        + " where (topic, partition) in (select * from unnest(?::text[], ?::int4[])) for update";
    private static final String UPSERT = "insert into consumed_offsets (topic, partition, next_offset, updated_at)"
        + " select t, p, o, ? from unnest(?::text[], ?::int4[], ?::int8[]) as u(t, p, o)"
        + " on conflict (topic, partition) do update set next_offset = greatest(consumed_offsets.next_offset,"
        + " excluded.next_offset), updated_at = excluded.updated_at";

    private final Map<PartitionKey, Long> known = new HashMap<>();

    /** The next offset to process of each partition (0 for a partition never processed). */
    Map<PartitionKey, Long> nextOffsets(Connection connection, Collection<PartitionKey> partitions) throws SQLException {
        List<PartitionKey> unknown = partitions.stream().filter(p -> !known.containsKey(p)).toList();
        Map<PartitionKey, Long> offsets = new HashMap<>();
        if (!unknown.isEmpty()) {
            try (PreparedStatement select = connection.prepareStatement(SELECT)) {
                select.setArray(1, Sql.texts(connection, unknown.stream().map(PartitionKey::topic).toList()));
                select.setArray(2, Sql.ints(connection, unknown.stream().map(PartitionKey::partition).toList()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        offsets.put(new PartitionKey(rows.getString(1), rows.getInt(2)), rows.getLong(3));
                    }
                }
            }
        }
        for (PartitionKey partition : partitions) {
            offsets.computeIfAbsent(partition, p -> known.getOrDefault(p, 0L));
        }
        return offsets;
    }

    /** Records {@code next} (never moving an offset back); call {@link #remember(Map)} after the commit. */
    void save(Connection connection, Map<PartitionKey, Long> next, Instant now) throws SQLException {
        if (next.isEmpty()) {
            return;
        }
        List<Map.Entry<PartitionKey, Long>> rows = new ArrayList<>(next.entrySet());
        rows.sort(Map.Entry.comparingByKey(Comparator.comparing(PartitionKey::topic)
            .thenComparingInt(PartitionKey::partition)));
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            upsert.setObject(1, Sql.time(now));
            upsert.setArray(2, Sql.texts(connection, rows.stream().map(e -> e.getKey().topic()).toList()));
            upsert.setArray(3, Sql.ints(connection, rows.stream().map(e -> e.getKey().partition()).toList()));
            upsert.setArray(4, Sql.longs(connection, rows.stream().map(Map.Entry::getValue).toList()));
            upsert.executeUpdate();
        }
    }

    void remember(Map<PartitionKey, Long> next) {
        next.forEach((partition, offset) -> known.merge(partition, offset, Math::max));
    }

    /** Forgets the cached offsets (partitions may have moved to another consumer). */
    void forget() {
        known.clear();
    }
}
