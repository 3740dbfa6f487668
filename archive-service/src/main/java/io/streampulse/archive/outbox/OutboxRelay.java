package io.streampulse.archive.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;

/**
 * Relays the outbox to Kafka, at least once: claims unsent rows (locked, so replicas share the work), sends them,
 * waits for the broker's acknowledgements and only then marks them sent, in one transaction. A crash between the
 * send and the commit sends those records again with the same event id; consumers dedupe on it.
 */
public final class OutboxRelay {

    private final DataSource dataSource;
    private final OutboxStore store;
    private final MessageSender sender;
    private final Clock clock;
    private final int batchSize;
    private final Duration sendTimeout;

    public OutboxRelay(DataSource dataSource, OutboxStore store, MessageSender sender, Clock clock, int batchSize,
                       Duration sendTimeout) {
        this.dataSource = dataSource;
        this.store = store;
        this.sender = sender;
        this.clock = clock;
        this.batchSize = batchSize;
        this.sendTimeout = sendTimeout;
    }

    /** Relays every unsent message, batch by batch; returns how many were sent. */
    public int relayPending() throws SQLException {
        int total = 0;
        int sent;
        do {
            sent = relayBatch();
            total += sent;
        } while (sent == batchSize);
        return total;
    }

    /** Relays one batch of at most {@code batchSize} messages; returns how many were sent. */
    int relayBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<OutboxMessage> claimed = store.claimUnsent(connection, batchSize);
                if (!claimed.isEmpty()) {
                    awaitAll(claimed.stream().map(sender::send).toList());
                    store.markSent(connection, claimed.stream().map(OutboxMessage::eventId).toList(), clock.instant());
                }
                connection.commit();
                return claimed.size();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private void awaitAll(List<CompletableFuture<Void>> sends) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                .get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while relaying the outbox", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("outbox records not acknowledged: " + e.getMessage(), e);
        }
    }
}
