package io.streampulse.api.readapi;

import io.streampulse.testkit.TestDatabase;
import io.streampulse.testkit.TestPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import org.flywaydb.core.Flyway;

/**
 * A fresh database with the schemas the read API reads, created by the owning services' own migrations (run from
 * their source folders: a contract test that breaks when those tables drift), plus the reader role of
 * {@code sql/api-reader-role.sql}. The application logs in with that role, as in production.
 */
final class ReadModelDatabase {

    static final String READER = "streampulse_api_reader";
    static final String READER_PASSWORD = "reader-test-password";

    private final TestDatabase database;

    private ReadModelDatabase(TestDatabase database) {
        this.database = database;
    }

    /** Creates the database, migrates archive and aggregator, and applies the reader role script. */
    static ReadModelDatabase create(String prefix) {
        ReadModelDatabase db = new ReadModelDatabase(TestPostgres.newDatabase(prefix));
        db.migrate("archive", "../archive-service/src/main/resources/db/migration");
        db.migrate("aggregator", "../aggregator-service/src/main/resources/db/migration");
        db.applyReaderRole();
        return db;
    }

    TestDatabase database() {
        return database;
    }

    /** The application's datasources: the owner for schema api, the reader role for the read model. */
    Map<String, String> properties() {
        return Map.of(
            "datasources.default.url", database.jdbcUrl(),
            "datasources.default.username", database.username(),
            "datasources.default.password", database.password(),
            "streampulse.api.reader.url", database.jdbcUrl(),
            "streampulse.api.reader.username", READER,
            "streampulse.api.reader.password", READER_PASSWORD);
    }

    /** A connection as the owner (to seed data and check tables). */
    Connection owner() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }

    /** A connection as the reader role. */
    Connection reader() throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", READER);
        login.setProperty("password", READER_PASSWORD);
        return DriverManager.getConnection(database.jdbcUrl(), login);
    }

    void applyReaderRole() {
        try (Connection connection = owner(); Statement statement = connection.createStatement()) {
            statement.execute(script());
            statement.execute("ALTER ROLE " + READER + " PASSWORD '" + READER_PASSWORD + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot apply the reader role script", e);
        }
    }

    static String script() {
        try (InputStream in = ReadModelDatabase.class.getResourceAsStream("/sql/api-reader-role.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void migrate(String schema, String folder) {
        Flyway.configure()
            .dataSource(database.jdbcUrl(), database.username(), database.password())
            .schemas(schema)
            .defaultSchema(schema)
            .createSchemas(true)
            .table("flyway_schema_history")
            .locations("filesystem:" + folder)
            .load()
            .migrate();
    }
}
