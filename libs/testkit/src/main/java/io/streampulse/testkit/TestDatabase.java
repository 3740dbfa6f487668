package io.streampulse.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A fresh, empty PostgreSQL database made for one test (class): connect with these values,
 * e.g. as {@code datasources.default.url/username/password}. {@code password} may be empty.
 */
public record TestDatabase(String jdbcUrl, String username, String password, String name) {

    /** The rows {@code sql} returns, each mapped by {@code row}, over a connection of its own. */
    public <T> List<T> query(String sql, Row<T> row) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, username, password);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<T> values = new ArrayList<>();
            while (rows.next()) {
                values.add(row.map(rows));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Maps the current row of a result. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rows) throws SQLException;
    }
}
