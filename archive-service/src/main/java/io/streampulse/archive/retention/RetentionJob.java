package io.streampulse.archive.retention;

import io.streampulse.archive.db.Sql;
import io.streampulse.archive.outbox.OutboxStore;
import io.streampulse.archive.snapshot.SnapshotPartitions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;

/**
 * Applies the {@link RetentionPolicy}: deletes channel events older than their retention (in chunks, so no long
 * lock), drops the snapshot partitions of days entirely past theirs, creates the partitions of the coming days,
 * purges sent outbox records and forgets old revocations. Idempotent: replicas may run it at the same time.
 */
public final class RetentionJob {

    private static final int CHUNK = 10_000;
    private static final String DELETE_EVENTS = "delete from channel_events where ctid in (select ctid from"
        + " channel_events where occurred_at < ? limit " + CHUNK + ")";
    private static final String FORGET_REVOCATIONS = "delete from revoked_users where revoked_at < ?";

    private final DataSource dataSource;
    private final SnapshotPartitions partitions;
    private final OutboxStore outbox;
    private final RetentionPolicy policy;
    private final Clock clock;

    public RetentionJob(DataSource dataSource, SnapshotPartitions partitions, OutboxStore outbox,
                        RetentionPolicy policy, Clock clock) {
        this.dataSource = dataSource;
        this.partitions = partitions;
        this.outbox = outbox;
        this.policy = policy;
        this.clock = clock;
    }

    public RetentionReport run() throws SQLException {
        Instant now = clock.instant();
        Instant eventsCutoff = now.minus(policy.channelEvents());
        int events = deleteEventsBefore(eventsCutoff);
        int revocations;
        int purged;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            revocations = forgetRevocationsBefore(connection, eventsCutoff);
            purged = outbox.purgeSent(connection, now.minus(policy.sentOutbox()));
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<LocalDate> dropped = partitions.dropBefore(LocalDate.ofInstant(now.minus(policy.snapshots()), ZoneOffset.UTC));
        partitions.createAhead(today, policy.daysAhead());
        return new RetentionReport(events, revocations, dropped, purged, partitions.existing());
    }

    private int deleteEventsBefore(Instant cutoff) throws SQLException {
        int total = 0;
        int deleted;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(DELETE_EVENTS)) {
            connection.setAutoCommit(true);
            delete.setObject(1, Sql.time(cutoff));
            do {
                deleted = delete.executeUpdate();
                total += deleted;
            } while (deleted == CHUNK);
        }
        return total;
    }

    private static int forgetRevocationsBefore(Connection connection, Instant cutoff) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(FORGET_REVOCATIONS)) {
            delete.setObject(1, Sql.time(cutoff));
            return delete.executeUpdate();
        }
    }
}
