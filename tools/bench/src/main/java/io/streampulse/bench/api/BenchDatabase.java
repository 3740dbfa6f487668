package io.streampulse.bench.api;

import io.streampulse.bench.infra.Console;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A database of the run's own on the shared PostgreSQL (never the server itself: it is not stopped or restarted):
 * created fresh at start, dropped at the end (connections of the api process are gone by then).
 *
 * @param server   JDBC URL of the server without a database, e.g. {@code jdbc:postgresql://127.0.0.1:5432/}
 * @param name     this run's database
 * @param user     PostgreSQL user (one that may CREATE DATABASE)
 * @param password its password
 */
record BenchDatabase(String server, String name, String user, String password) implements AutoCloseable {

    static BenchDatabase create(String server, String user, String password) throws SQLException {
        String name = "bench_api_" + DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss").withZone(ZoneOffset.UTC)
            .format(Instant.now());
        BenchDatabase db = new BenchDatabase(server.endsWith("/") ? server : server + "/", name, user, password);
        db.admin("CREATE DATABASE " + name);
        Console.log("PostgreSQL database %s created on %s", name, db.server);
        return db;
    }

    String url() {
        return server + name;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user, password);
    }

    @Override
    public void close() throws SQLException {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        Console.log("PostgreSQL database %s dropped", name);
    }

    private void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server + "postgres", user, password);
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
