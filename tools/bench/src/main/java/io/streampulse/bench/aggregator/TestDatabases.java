package io.streampulse.bench.aggregator;

import io.streampulse.bench.infra.Console;
import io.streampulse.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Drops a run's database (made by libs/testkit's TestPostgres) from the server it lives on, never the server. */
final class TestDatabases {

    private TestDatabases() {
    }

    static void drop(TestDatabase database) {
        String url = database.jdbcUrl();
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        String admin = url.substring(0, slash + 1) + "postgres" + (query < 0 ? "" : url.substring(query));
        try (Connection c = DriverManager.getConnection(admin, database.username(), database.password());
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS \"" + database.name() + "\" WITH (FORCE)");
            Console.log("PostgreSQL database %s dropped", database.name());
        } catch (SQLException e) {
            Console.log("could not drop database %s: %s", database.name(), e.getMessage());
        }
    }
}
