package io.streampulse.archive.it;

import io.streampulse.testkit.TestDatabase;
import io.streampulse.testkit.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh database with archive's schema migrated as the service migrates it (Flyway, classpath:db/migration), for
 * tests of the feature classes against real PostgreSQL without a Micronaut context.
 */
public final class MigratedDatabase {

    private final TestDatabase database;
    private final PGSimpleDataSource dataSource = new PGSimpleDataSource();

    private MigratedDatabase(TestDatabase database) {
        this.database = database;
        dataSource.setURL(database.jdbcUrl());
        dataSource.setUser(database.username());
        dataSource.setPassword(database.password());
        dataSource.setCurrentSchema("archive");
    }

    /** Creates the database (named after {@code prefix}) and migrates it. */
    public static MigratedDatabase create(String prefix) {
        MigratedDatabase migrated = new MigratedDatabase(TestPostgres.newDatabase(prefix));
        Flyway.configure().dataSource(migrated.dataSource).schemas("archive").defaultSchema("archive")
            .createSchemas(true).table("flyway_schema_history").locations("classpath:db/migration").load().migrate();
        return migrated;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public String name() {
        return database.name();
    }

    /** Runs statements (DDL, fixtures) in their own auto-committed connection. */
    public void execute(String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    public ArchiveDatabase reader() {
        return new ArchiveDatabase(dataSource);
    }
}
