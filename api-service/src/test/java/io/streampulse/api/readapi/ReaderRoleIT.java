package io.streampulse.api.readapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code sql/api-reader-role.sql}: applied (twice: it is idempotent) to a database migrated by archive-service and
 * aggregator-service, the role it creates can read both schemas and nothing else, and cannot write even when it asks
 * for a read-write transaction.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderRoleIT {

    private ReadModelDatabase db;

    @BeforeAll
    void database() throws SQLException {
        db = ReadModelDatabase.create("reader-role");
        db.applyReaderRole();
        try (Connection owner = db.owner(); Statement statement = owner.createStatement()) {
            new ReadApiData().seed(owner);
            statement.execute("create schema if not exists api");
            statement.execute("create table api.users (user_id text primary key)");
            statement.execute("create table archive.added_later (id int)");
        }
    }

    @Test
    void readsBothSchemasIncludingTablesCreatedAfterTheScriptRan() throws SQLException {
        try (Connection reader = db.reader(); Statement statement = reader.createStatement()) {
            assertThat(count(statement, "archive.channels")).isEqualTo(2);
            assertThat(count(statement, "archive.stream_sessions")).isEqualTo(3);
            assertThat(count(statement, "aggregator.channel_daily")).isEqualTo(5);
            assertThat(count(statement, "archive.added_later")).isZero();
            assertThat(value(statement, "show default_transaction_read_only")).isEqualTo("on");
        }
    }

    @Test
    void cannotWriteInItsReadOnlySessions() throws SQLException {
        try (Connection reader = db.reader(); Statement statement = reader.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("insert into archive.channels values"
                + " ('x', 'x', 'x', now(), now())"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("25006"));
        }
    }

    @Test
    void hasNoWritePrivilegeEvenInAReadWriteTransaction() throws SQLException {
        try (Connection reader = db.reader(); Statement statement = reader.createStatement()) {
            reader.setAutoCommit(false);
            statement.execute("set transaction read write");
            assertThatThrownBy(() -> statement.executeUpdate("delete from aggregator.channel_daily"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            reader.rollback();
            statement.execute("set transaction read write");
            assertThatThrownBy(() -> statement.execute("create table archive.evil (id int)"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            reader.rollback();
        }
        try (Connection owner = db.owner(); Statement statement = owner.createStatement()) {
            assertThat(count(statement, "aggregator.channel_daily")).isEqualTo(5);
        }
    }

    @Test
    void cannotReadTheApiSchemasPersonalData() throws SQLException {
        try (Connection reader = db.reader(); Statement statement = reader.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("select * from api.users"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        }
    }

    private static long count(Statement statement, String table) throws SQLException {
        return Long.parseLong(value(statement, "select count(*) from " + table));
    }

    private static String value(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
