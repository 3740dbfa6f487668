package io.streampulse.api.user;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** Table {@code sessions}, keyed by the SHA-256 of the cookie's token. Callers own the transaction. */
public final class SessionStore {

    private static final String INSERT = "insert into sessions (session_hash, user_id, created_at, expires_at)"
        + " values (?, ?, ?, ?)";
    private static final String FIND = "select user_id, expires_at from sessions where session_hash = ?";
    private static final String DELETE = "delete from sessions where session_hash = ? returning user_id";
    private static final String DELETE_OF_USER = "delete from sessions where user_id = ?";
    private static final String DELETE_EXPIRED = "delete from sessions where expires_at <= ?";
    private static final String ANY_OF_USER = "select exists (select 1 from sessions where user_id = ?)";

    public void create(Connection connection, String token, String userId, Instant now, Instant expiresAt)
        throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setBytes(1, SessionTokens.hash(token));
            insert.setString(2, userId);
            insert.setTimestamp(3, Timestamp.from(now));
            insert.setTimestamp(4, Timestamp.from(expiresAt));
            insert.executeUpdate();
        }
    }

    /** The user of a session that exists and is still valid at {@code now} ({@link SessionLifetime}). */
    public Optional<String> userOf(Connection connection, String token, Instant now) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(FIND)) {
            select.setBytes(1, SessionTokens.hash(token));
            try (ResultSet row = select.executeQuery()) {
                if (!row.next() || !SessionLifetime.isValid(row.getTimestamp(2).toInstant(), now)) {
                    return Optional.empty();
                }
                return Optional.of(row.getString(1));
            }
        }
    }

    /** Ends one session; answers whose it was. */
    public Optional<String> delete(Connection connection, String token) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
            delete.setBytes(1, SessionTokens.hash(token));
            try (ResultSet row = delete.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    public int deleteOfUser(Connection connection, String userId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE_OF_USER)) {
            delete.setString(1, userId);
            return delete.executeUpdate();
        }
    }

    public int deleteExpired(Connection connection, Instant now) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE_EXPIRED)) {
            delete.setTimestamp(1, Timestamp.from(now));
            return delete.executeUpdate();
        }
    }

    public boolean anyOfUser(Connection connection, String userId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(ANY_OF_USER)) {
            select.setString(1, userId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }
}
