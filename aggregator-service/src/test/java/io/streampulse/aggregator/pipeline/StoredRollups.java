package io.streampulse.aggregator.pipeline;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.streampulse.testkit.TestDatabase;
import io.streampulse.testkit.TestRedis;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** Reads what the sink wrote: rollup rows as {@code a|b|c} strings, leaderboards as {@code id=score}. */
final class StoredRollups implements AutoCloseable {

    private final TestDatabase database;
    private final RedisClient redis = RedisClient.create(TestRedis.uri());
    private final StatefulRedisConnection<String, String> connection = redis.connect();

    StoredRollups(TestDatabase database) {
        this.database = database;
    }

    /** The rows of a query, each column rendered the way the expectations are written. */
    List<String> rows(String sql, Object... parameters) {
        try (Connection db = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             PreparedStatement statement = prepare(db, sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                List<String> rows = new ArrayList<>();
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    StringJoiner row = new StringJoiner("|");
                    for (int column = 1; column <= columns; column++) {
                        row.add(render(result.getObject(column)));
                    }
                    rows.add(row.toString());
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepare(Connection db, String sql) throws SQLException {
        db.setSchema("aggregator");
        return db.prepareStatement(sql);
    }

    /** A Redis sorted set, highest score first, as {@code member=score}. */
    List<String> board(String key) {
        return connection.sync().zrevrangeWithScores(key, 0, -1).stream()
            .map(entry -> entry.getValue() + "=" + entry.getScore()).toList();
    }

    private static String render(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof Date date) {
            return date.toLocalDate().toString();
        }
        return String.valueOf(value);
    }

    @Override
    public void close() {
        connection.close();
        redis.shutdown();
    }
}
