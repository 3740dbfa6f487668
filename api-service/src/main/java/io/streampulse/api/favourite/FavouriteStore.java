package io.streampulse.api.favourite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** Table {@code favourites}: at most one favourite channel per user. Callers own the transaction. */
public final class FavouriteStore {

    private static final String FIND = "select broadcaster_id, broadcaster_login, broadcaster_name from favourites"
        + " where user_id = ?";
    private static final String FIND_FOR_UPDATE = FIND + " for update";
    private static final String UPSERT = "insert into favourites (user_id, broadcaster_id, broadcaster_login,"
        + " broadcaster_name, chosen_at) values (?, ?, ?, ?, ?) on conflict (user_id) do update set"
        + " broadcaster_id = excluded.broadcaster_id, broadcaster_login = excluded.broadcaster_login,"
        + " broadcaster_name = excluded.broadcaster_name, chosen_at = excluded.chosen_at";
    private static final String DELETE = "delete from favourites where user_id = ?"
        + " returning broadcaster_id, broadcaster_login, broadcaster_name";

    public Optional<Favourite> find(Connection connection, String userId) throws SQLException {
        return query(connection, FIND, userId);
    }

    /** Sets the favourite and answers the one it replaces. */
    public Optional<Favourite> set(Connection connection, String userId, Favourite favourite, Instant now)
        throws SQLException {
        Optional<Favourite> previous = query(connection, FIND_FOR_UPDATE, userId);
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            upsert.setString(1, userId);
            upsert.setString(2, favourite.broadcasterId());
            upsert.setString(3, favourite.login());
            upsert.setString(4, favourite.name());
            upsert.setTimestamp(5, Timestamp.from(now));
            upsert.executeUpdate();
        }
        return previous;
    }

    /** Removes the favourite and answers it (empty when there was none). */
    public Optional<Favourite> clear(Connection connection, String userId) throws SQLException {
        return query(connection, DELETE, userId);
    }

    private static Optional<Favourite> query(Connection connection, String sql, String userId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, userId);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                    ? Optional.of(new Favourite(row.getString(1), row.getString(2), row.getString(3)))
                    : Optional.empty();
            }
        }
    }
}
