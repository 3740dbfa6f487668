package io.streampulse.archive.privacy;

import io.streampulse.archive.db.Sql;
import io.streampulse.contracts.user.UserAuthorizationRevoked;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Acts on user.authorization.revoke: deletes the channel events the user acted in (by actor user id) and
 * remembers the revocation in {@code revoked_users}, so a late or redelivered event of that user from before the
 * revocation is not stored again. Runs in the batch's transaction: done once the batch commits (seconds).
 */
public final class UserDataEraser {

    private static final String REMEMBER = "insert into revoked_users (user_id, revoked_at, recorded_at)"
        + " select id, at, ? from unnest(?::text[], ?::timestamptz[]) as u(id, at)"
        + " on conflict (user_id) do update set revoked_at = greatest(revoked_users.revoked_at, excluded.revoked_at),"
        + " recorded_at = excluded.recorded_at";
    private static final String DELETE_EVENTS = "delete from channel_events where actor_id = any(?)";

    /** Erases the data of every revoking user; returns how many channel events were deleted. */
    public int erase(Connection connection, Collection<UserAuthorizationRevoked> revocations, Instant now)
        throws SQLException {
        if (revocations.isEmpty()) {
            return 0;
        }
        List<UserAuthorizationRevoked> latest = revocations.stream()
            .sorted(Comparator.comparing(UserAuthorizationRevoked::occurredAt).reversed())
            .filter(distinctUser())
            .sorted(Comparator.comparing(UserAuthorizationRevoked::userId))
            .toList();
        List<String> users = latest.stream().map(UserAuthorizationRevoked::userId).toList();
        try (PreparedStatement remember = connection.prepareStatement(REMEMBER)) {
            remember.setObject(1, Sql.time(now));
            remember.setArray(2, Sql.texts(connection, users));
            remember.setArray(3, Sql.instants(connection, latest.stream().map(UserAuthorizationRevoked::occurredAt).toList()));
            remember.executeUpdate();
        }
        try (PreparedStatement delete = connection.prepareStatement(DELETE_EVENTS)) {
            delete.setArray(1, Sql.texts(connection, users));
            return delete.executeUpdate();
        }
    }

    private static java.util.function.Predicate<UserAuthorizationRevoked> distinctUser() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return revocation -> seen.add(revocation.userId());
    }
}
