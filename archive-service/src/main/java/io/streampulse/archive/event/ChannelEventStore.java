package io.streampulse.archive.event;

import io.streampulse.archive.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Table {@code channel_events}, keyed by the Twitch message id: EventSub's redeliveries and Kafka's are
 * no-ops. An event whose actor revoked the app before it happened (a late delivery) is not stored.
 */
public final class ChannelEventStore {

    private static final String INSERT = "insert into channel_events (event_id, broadcaster_id, event_type, actor_id,"
        + " actor_login, actor_name, amount, tier, occurred_at, payload, received_at)"
        + " select u.id, u.channel, u.type, u.actor, u.login, u.name, u.amount, u.tier, u.at, u.payload, ?"
        + " from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int4[], ?::text[],"
        + " ?::timestamptz[], ?::jsonb[]) as u(id, channel, type, actor, login, name, amount, tier, at, payload)"
        + " where not exists (select 1 from revoked_users r where r.user_id = u.actor and u.at <= r.revoked_at)"
        + " on conflict (event_id) do nothing";

    /** Inserts the rows not stored yet; returns how many were new. */
    public int insert(Connection connection, Collection<ChannelEventRow> rows, Instant receivedAt) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        List<ChannelEventRow> sorted = rows.stream().sorted(Comparator.comparing(ChannelEventRow::eventId)).toList();
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, Sql.time(receivedAt));
            insert.setArray(2, texts(connection, sorted, ChannelEventRow::eventId));
            insert.setArray(3, texts(connection, sorted, ChannelEventRow::broadcasterId));
            insert.setArray(4, texts(connection, sorted, ChannelEventRow::eventType));
            insert.setArray(5, texts(connection, sorted, ChannelEventRow::actorId));
            insert.setArray(6, texts(connection, sorted, ChannelEventRow::actorLogin));
            insert.setArray(7, texts(connection, sorted, ChannelEventRow::actorName));
            insert.setArray(8, Sql.ints(connection, sorted.stream().map(ChannelEventRow::amount).toList()));
            insert.setArray(9, texts(connection, sorted, ChannelEventRow::tier));
            insert.setArray(10, Sql.instants(connection, sorted.stream().map(ChannelEventRow::occurredAt).toList()));
            insert.setArray(11, texts(connection, sorted, ChannelEventRow::payload));
            return insert.executeUpdate();
        }
    }

    private static java.sql.Array texts(Connection connection, List<ChannelEventRow> rows,
                                        Function<ChannelEventRow, String> column) throws SQLException {
        return Sql.texts(connection, rows.stream().map(column).toList());
    }
}
