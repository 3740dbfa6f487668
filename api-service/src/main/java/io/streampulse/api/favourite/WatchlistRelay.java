package io.streampulse.api.favourite;

import io.streampulse.contracts.watchlist.ChannelWatched;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import io.streampulse.runtime.error.Errors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the changed channels of {@code watchlist_channels} to twitch.watchlist.v1. Per channel, in one
 * transaction: take the channel's advisory lock (another replica holding it publishes that channel now), read the
 * version, compute the state from {@code favourites} and {@code users} (it includes every change up to that
 * version), send it and wait for the broker, then record the version as published. The lock is released only after
 * the broker acknowledged, so two replicas never reorder a channel's records; a change made meanwhile bumps the
 * version again and is published on the next run. A failed send leaves the version unpublished (retried).
 */
public final class WatchlistRelay {

    private static final Logger LOG = LoggerFactory.getLogger(WatchlistRelay.class);
    private static final int LOCK_CLASS = 0x57A7;
    private static final String PENDING = "select broadcaster_id from watchlist_channels"
        + " where version > published_version order by changed_at limit ?";
    private static final String LOCK = "select pg_try_advisory_xact_lock(?, hashtext(?))";
    private static final String ROW = "select broadcaster_login, version, published_version from watchlist_channels"
        + " where broadcaster_id = ?";
    private static final String STATE = "select"
        + " (select count(*) from (select user_id from favourites where broadcaster_id = ?"
        + "   union select user_id from users where user_id = ? and channel_grant) w),"
        + " exists (select 1 from users where user_id = ? and channel_grant),"
        + " (select broadcaster_login from favourites where broadcaster_id = ? order by chosen_at desc limit 1)";
    private static final String PUBLISHED = "update watchlist_channels set published_version = ?,"
        + " published_watchers = ?, published_at = ? where broadcaster_id = ? and published_version < ?";

    private final DataSource dataSource;
    private final WatchlistSink sink;
    private final Duration sendTimeout;
    private final int batchSize;
    private final Clock clock;

    WatchlistRelay(DataSource dataSource, WatchlistSink sink, Duration sendTimeout, int batchSize, Clock clock) {
        this.dataSource = dataSource;
        this.sink = sink;
        this.sendTimeout = sendTimeout;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    /**
     * Publishes up to one batch of changed channels; answers how many were published. A channel that fails is
     * logged and left for the next run; the others go on.
     */
    public int publishPending() throws SQLException {
        int published = 0;
        for (String broadcasterId : pending()) {
            try {
                if (publish(broadcasterId)) {
                    published++;
                }
            } catch (SQLException | RuntimeException e) {
                LOG.warn("Watchlist entry of channel {} not published, retried later: {}", broadcasterId,
                    Errors.rootCause(e));
            }
        }
        return published;
    }

    private List<String> pending() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(PENDING)) {
            select.setInt(1, batchSize);
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }

    private boolean publish(String broadcasterId) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                boolean published = lock(connection, broadcasterId) && publishLocked(connection, broadcasterId);
                connection.commit();
                return published;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private boolean publishLocked(Connection connection, String broadcasterId) throws SQLException {
        Pending row = row(connection, broadcasterId);
        if (row == null || row.version() <= row.publishedVersion()) {
            return false;
        }
        WatchState state = state(connection, broadcasterId, row.login());
        Instant now = clock.instant();
        Optional<ChannelWatched> record = WatchlistDecision.of(state, now);
        awaitSent(broadcasterId, record.orElse(null));
        try (PreparedStatement update = connection.prepareStatement(PUBLISHED)) {
            update.setLong(1, row.version());
            update.setInt(2, state.watchers());
            update.setTimestamp(3, Timestamp.from(now));
            update.setString(4, broadcasterId);
            update.setLong(5, row.version());
            update.executeUpdate();
        }
        return true;
    }

    private record Pending(String login, long version, long publishedVersion) {
    }

    private static boolean lock(Connection connection, String broadcasterId) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
            lock.setInt(1, LOCK_CLASS);
            lock.setString(2, broadcasterId);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static Pending row(Connection connection, String broadcasterId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(ROW)) {
            select.setString(1, broadcasterId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? new Pending(row.getString(1), row.getLong(2), row.getLong(3)) : null;
            }
        }
    }

    private static WatchState state(Connection connection, String broadcasterId, String knownLogin)
        throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(STATE)) {
            for (int i = 1; i <= 4; i++) {
                select.setString(i, broadcasterId);
            }
            try (ResultSet row = select.executeQuery()) {
                row.next();
                String login = row.getString(3) == null ? knownLogin : row.getString(3);
                return new WatchState(broadcasterId, login, row.getInt(1), row.getBoolean(2));
            }
        }
    }

    private void awaitSent(String broadcasterId, ChannelWatched record) {
        try {
            sink.send(broadcasterId, record).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("watchlist record of " + broadcasterId + " not sent: " + e.getCause(), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("watchlist record of " + broadcasterId + " not acknowledged in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
