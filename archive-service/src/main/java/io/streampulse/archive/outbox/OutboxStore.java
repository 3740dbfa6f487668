package io.streampulse.archive.outbox;

import io.streampulse.archive.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Table {@code outbox}: records to publish, written in the same transaction as the rows they announce, and
 * marked sent by the {@link OutboxRelay} once the broker acknowledged them.
 */
public final class OutboxStore {

    private static final String INSERT = "insert into outbox (event_id, topic, message_key, payload, created_at)"
        + " values (?::uuid, ?, ?, ?, ?) on conflict (event_id) do nothing";
    private static final String CLAIM = "select event_id, topic, message_key, payload from outbox where sent_at is null"
        + " order by seq limit ? for update skip locked";
    private static final String MARK_SENT = "update outbox set sent_at = ? where event_id = any(?::uuid[])";
    private static final String PURGE_SENT = "delete from outbox where sent_at is not null and sent_at < ?";

    public void add(Connection connection, OutboxMessage message, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, message.eventId());
            insert.setString(2, message.topic());
            insert.setString(3, Sql.clean(message.key()));
            insert.setString(4, message.payload());
            insert.setObject(5, Sql.time(now));
            insert.executeUpdate();
        }
    }

    /** Up to {@code limit} unsent messages, in the order they were written, locked until the transaction ends (others skip them). */
    public List<OutboxMessage> claimUnsent(Connection connection, int limit) throws SQLException {
        List<OutboxMessage> messages = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(CLAIM)) {
            select.setInt(1, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    messages.add(new OutboxMessage(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getString(4)));
                }
            }
        }
        return messages;
    }

    public void markSent(Connection connection, Collection<String> eventIds, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(MARK_SENT)) {
            update.setObject(1, Sql.time(now));
            update.setArray(2, Sql.texts(connection, eventIds));
            update.executeUpdate();
        }
    }

    /** Deletes messages sent before {@code before}; returns how many. */
    public int purgeSent(Connection connection, Instant before) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(PURGE_SENT)) {
            delete.setObject(1, Sql.time(before));
            return delete.executeUpdate();
        }
    }
}
