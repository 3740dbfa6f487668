package io.streampulse.faultcheck.store;

import io.streampulse.faultcheck.stack.PrivatePostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC on a fresh connection per query: a query during a PostgreSQL restart fails fast and is retried. */
public final class Sql {

    /** Reads one row into a value. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final PrivatePostgres postgres;
    private final String database;

    public Sql(PrivatePostgres postgres, String database) {
        this.postgres = postgres;
        this.database = database;
    }

    public <T> List<T> query(String sql, Row<T> row, Object... parameters) {
        try (Connection connection = postgres.connect(database);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(row.read(result));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("query failed on " + database + ": " + e.getMessage() + " (" + sql + ")", e);
        }
    }

    public long count(String sql, Object... parameters) {
        return query(sql, r -> r.getLong(1), parameters).get(0);
    }
}
