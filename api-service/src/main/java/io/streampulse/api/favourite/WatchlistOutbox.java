package io.streampulse.api.favourite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Marks a channel's watchlist entry as changed, in the transaction of the change (a favourite set, changed or
 * cleared, a channel grant, a deleted user): the {@link WatchlistRelay} then publishes the channel's state as
 * computed from the tables, so what reaches twitch.watchlist.v1 never depends on which replica made the change.
 */
public final class WatchlistOutbox {

    private static final String BUMP = "insert into watchlist_channels (broadcaster_id, broadcaster_login, version,"
        + " published_version, changed_at) values (?, ?, 1, 0, ?) on conflict (broadcaster_id) do update set"
        + " broadcaster_login = excluded.broadcaster_login, version = watchlist_channels.version + 1,"
        + " changed_at = excluded.changed_at";

    public void changed(Connection connection, String broadcasterId, String login, Instant now) throws SQLException {
        try (PreparedStatement bump = connection.prepareStatement(BUMP)) {
            bump.setString(1, broadcasterId);
            bump.setString(2, login);
            bump.setTimestamp(3, Timestamp.from(now));
            bump.executeUpdate();
        }
    }
}
