package io.streampulse.api.user;

import io.streampulse.twitch.auth.UserToken;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Table {@code users}: profile, Twitch tokens and channel grant. Callers own the transaction. */
public final class UserStore {

    private static final String PROFILE = "select user_id, login, display_name, channel_grant from users";
    private static final String FIND = PROFILE + " where user_id = ?";
    private static final String FIND_FOR_UPDATE = FIND + " for update";
    private static final String UPSERT = "insert into users (user_id, login, display_name, access_token,"
        + " refresh_token, token_expires_at, scopes, channel_grant, validated_at, created_at, updated_at)"
        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (user_id) do update set login = excluded.login,"
        + " display_name = excluded.display_name, access_token = excluded.access_token,"
        + " refresh_token = excluded.refresh_token, token_expires_at = excluded.token_expires_at,"
        + " scopes = excluded.scopes, channel_grant = users.channel_grant or excluded.channel_grant,"
        + " validated_at = excluded.validated_at, updated_at = excluded.updated_at";
    private static final String TOKENS = "select user_id, access_token, refresh_token from users"
        + " where user_id = ? and access_token is not null for update";
    private static final String DELETE = "delete from users where user_id = ?";
    private static final String LEASE = "update users set validated_at = ? where user_id in (select user_id from users"
        + " where access_token is not null and validated_at <= ? order by validated_at limit ? for update skip locked)"
        + " returning user_id, access_token, refresh_token";
    private static final String REPLACE_TOKENS = "update users set access_token = ?, refresh_token = ?,"
        + " token_expires_at = ?, validated_at = ?, updated_at = ? where user_id = ? and access_token is not null";
    private static final String CLEAR_TOKENS = "update users set access_token = null, refresh_token = null,"
        + " token_expires_at = null, updated_at = ? where user_id = ?";
    private static final String WITHOUT_SESSIONS = "select user_id from users u where access_token is not null"
        + " and not exists (select 1 from sessions s where s.user_id = u.user_id) limit ?";

    public Optional<UserProfile> find(Connection connection, String userId) throws SQLException {
        return profile(connection, FIND, userId);
    }

    /** Stores a login; answers the profile before it (empty for a new user). A channel grant is never taken back. */
    public Optional<UserProfile> signIn(Connection connection, SignIn signIn, Instant now) throws SQLException {
        Optional<UserProfile> before = profile(connection, FIND_FOR_UPDATE, signIn.userId());
        UserToken token = signIn.token();
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            upsert.setString(1, signIn.userId());
            upsert.setString(2, signIn.login());
            upsert.setString(3, signIn.displayName());
            upsert.setString(4, token.accessToken());
            upsert.setString(5, token.refreshToken());
            upsert.setTimestamp(6, token.expiresAt() == null ? null : Timestamp.from(token.expiresAt()));
            upsert.setArray(7, connection.createArrayOf("text", token.scopes().toArray()));
            upsert.setBoolean(8, signIn.channelGrant());
            upsert.setTimestamp(9, Timestamp.from(now));
            upsert.setTimestamp(10, Timestamp.from(now));
            upsert.setTimestamp(11, Timestamp.from(now));
            upsert.executeUpdate();
        }
        return before;
    }

    /** Locks the user's row; their tokens when they hold any. */
    public Optional<StoredTokens> tokens(Connection connection, String userId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(TOKENS)) {
            select.setString(1, userId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(tokens(row)) : Optional.empty();
            }
        }
    }

    /** Deletes the user (sessions and favourite go with them). */
    public boolean delete(Connection connection, String userId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
            delete.setString(1, userId);
            return delete.executeUpdate() > 0;
        }
    }

    /**
     * Takes up to {@code limit} users whose token was last validated at or before {@code dueBefore} and marks them
     * validated {@code now}, so another replica does not validate them too; the caller validates them next.
     */
    public List<StoredTokens> leaseValidation(Connection connection, Instant dueBefore, Instant now, int limit)
        throws SQLException {
        try (PreparedStatement lease = connection.prepareStatement(LEASE)) {
            lease.setTimestamp(1, Timestamp.from(now));
            lease.setTimestamp(2, Timestamp.from(dueBefore));
            lease.setInt(3, limit);
            List<StoredTokens> due = new ArrayList<>();
            try (ResultSet rows = lease.executeQuery()) {
                while (rows.next()) {
                    due.add(tokens(rows));
                }
            }
            return due;
        }
    }

    public void replaceTokens(Connection connection, String userId, UserToken token, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(REPLACE_TOKENS)) {
            update.setString(1, token.accessToken());
            update.setString(2, token.refreshToken());
            update.setTimestamp(3, token.expiresAt() == null ? null : Timestamp.from(token.expiresAt()));
            update.setTimestamp(4, Timestamp.from(now));
            update.setTimestamp(5, Timestamp.from(now));
            update.setString(6, userId);
            update.executeUpdate();
        }
    }

    public void clearTokens(Connection connection, String userId, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(CLEAR_TOKENS)) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setString(2, userId);
            update.executeUpdate();
        }
    }

    /** Users still holding tokens although none of their sessions is left (expired or logged out elsewhere). */
    public List<String> withTokensButNoSession(Connection connection, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(WITHOUT_SESSIONS)) {
            select.setInt(1, limit);
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }

    private static Optional<UserProfile> profile(Connection connection, String sql, String userId)
        throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, userId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new UserProfile(row.getString(1), row.getString(2),
                    row.getString(3), row.getBoolean(4))) : Optional.empty();
            }
        }
    }

    private static StoredTokens tokens(ResultSet row) throws SQLException {
        return new StoredTokens(row.getString(1), row.getString(2), row.getString(3));
    }
}
