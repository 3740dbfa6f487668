package io.streampulse.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Shared by the PostgreSQL tests: a table written and read back through plain JDBC. */
final class PostgresRoundTrip {

    record Row(int id, String login) {
    }

    private PostgresRoundTrip() {
    }

    /** Creates a table, inserts two rows and asserts that exactly those rows come back. */
    static void assertRoundTrip(TestDatabase database) throws SQLException {
        try (Connection connection = open(database); Statement statement = connection.createStatement()) {
            // Given
            statement.execute("CREATE TABLE channels (id INT PRIMARY KEY, login TEXT NOT NULL)");

            // When
            statement.executeUpdate("INSERT INTO channels VALUES (1, 'alpha'), (2, 'beta')");

            // Then
            assertThat(rows(statement, "SELECT id, login FROM channels ORDER BY id"))
                    .containsExactly(new Row(1, "alpha"), new Row(2, "beta"));
        }
    }

    static Connection open(TestDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }

    static List<String> publicTables(TestDatabase database) throws SQLException {
        try (Connection connection = open(database);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1")) {
            List<String> tables = new ArrayList<>();
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
            return tables;
        }
    }

    private static List<Row> rows(Statement statement, String query) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(query)) {
            while (rs.next()) {
                rows.add(new Row(rs.getInt("id"), rs.getString("login")));
            }
        }
        return rows;
    }
}
