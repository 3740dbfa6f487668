package io.streampulse.api.readmodel;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Read-only queries against the archive and aggregator schemas through the reader pool (a role with SELECT only,
 * sessions read-only). Every value is a bound parameter: SQL text is constant, never assembled from input.
 * A failure to reach PostgreSQL is a {@link ReadModelUnavailable}.
 */
public final class ReadModel {

    /** Maps the current row. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final DataSource reader;

    public ReadModel(DataSource reader) {
        this.reader = reader;
    }

    /** Every row of {@code sql} with {@code params} bound in order. */
    public <T> List<T> list(String sql, List<?> params, Row<T> row) {
        try (Connection connection = reader.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(connection, statement, params);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> values = new ArrayList<>();
                while (rows.next()) {
                    values.add(row.read(rows));
                }
                return values;
            }
        } catch (SQLException e) {
            throw new ReadModelUnavailable("query failed: " + e.getMessage(), e);
        }
    }

    /** The first row of {@code sql}, if any. */
    public <T> Optional<T> first(String sql, List<?> params, Row<T> row) {
        List<T> rows = list(sql, params, row);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** A timestamptz column as an Instant (null stays null). */
    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static void bind(Connection connection, PreparedStatement statement, List<?> params)
        throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object value = params.get(i);
            int index = i + 1;
            if (value instanceof Instant instant) {
                statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
            } else if (value instanceof LocalDate date) {
                statement.setObject(index, date);
            } else if (value instanceof String[] texts) {
                Array array = connection.createArrayOf("text", texts);
                statement.setArray(index, array);
            } else {
                statement.setObject(index, value);
            }
        }
    }
}
