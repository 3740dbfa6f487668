package io.streampulse.aggregator.sink;

import io.micronaut.transaction.TransactionOperations;
import io.streampulse.contracts.stats.StatsGranularity;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

/** Upserts one batch of statistics into the rollup tables, in one transaction (Micronaut's, on its pool). */
@Singleton
class RollupWriter {

    private final TransactionOperations<Connection> transactions;

    RollupWriter(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    void write(StatsBatch batch) {
        transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            upsert(connection, RollupTables.CHANNEL_DAILY, batch.channelDaily());
            upsert(connection, RollupTables.GAME_HOURLY, batch.games(StatsGranularity.HOUR));
            upsert(connection, RollupTables.GAME_DAILY, batch.games(StatsGranularity.DAY));
            upsert(connection, RollupTables.TAG_DAILY, batch.tagDaily());
            upsert(connection, RollupTables.PLATFORM_5M, batch.platform());
            upsert(connection, RollupTables.CHANNEL_SCHEDULE, batch.schedule());
            upsert(connection, RollupTables.CHANNEL_EVENTS_DAILY, batch.channelEventsDaily());
            return null;
        });
    }

    private static <T> void upsert(Connection connection, Upsert<T> upsert, Collection<T> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try {
            upsert.write(connection, rows);
        } catch (SQLException e) {
            throw new IllegalStateException("upsert into " + upsert.table() + " failed: " + e.getMessage(), e);
        }
    }
}
