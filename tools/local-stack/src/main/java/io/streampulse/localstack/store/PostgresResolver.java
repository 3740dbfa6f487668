package io.streampulse.localstack.store;

import io.streampulse.localstack.Console;
import io.streampulse.localstack.Ports;
import io.streampulse.localstack.StartupFailure;
import io.streampulse.localstack.process.Supervisor;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Finds PostgreSQL: DATASOURCES_DEFAULT_URL when set; else a server on 127.0.0.1:5432 that accepts user
 * postgres without a password; else an embedded PostgreSQL (io.zonky) inside this JVM, on 5432 when free,
 * with its data kept in the work directory. Creates the database {@code streampulse} when it manages the server.
 */
public final class PostgresResolver {

    static final int DEFAULT_PORT = 5432;
    private static final String LOCAL_HOST = "127.0.0.1";

    private final Map<String, String> env;
    private final Path workDirectory;
    private final Supervisor supervisor;
    private final Console console;

    public PostgresResolver(Map<String, String> env, Path workDirectory, Supervisor supervisor, Console console) {
        this.env = env;
        this.workDirectory = workDirectory;
        this.supervisor = supervisor;
        this.console = console;
    }

    public PostgresEndpoint resolve() {
        String url = env.get("DATASOURCES_DEFAULT_URL");
        if (url != null && !url.isBlank()) {
            return new PostgresEndpoint(url, env.getOrDefault("DATASOURCES_DEFAULT_USERNAME", "postgres"),
                    env.getOrDefault("DATASOURCES_DEFAULT_PASSWORD", ""), "from DATASOURCES_DEFAULT_URL");
        }
        if (Ports.listening(LOCAL_HOST, DEFAULT_PORT)) {
            try {
                ensureDatabase(LOCAL_HOST, DEFAULT_PORT);
                return endpoint(LOCAL_HOST, DEFAULT_PORT, "local server");
            } catch (SQLException e) {
                console.step("PostgreSQL on " + LOCAL_HOST + ":" + DEFAULT_PORT + " refuses user postgres without a"
                        + " password (" + e.getMessage() + "); starting an embedded one instead");
            }
        }
        return startEmbedded();
    }

    PostgresEndpoint startEmbedded() {
        int port = Ports.preferredOrFree(DEFAULT_PORT);
        Path dataDirectory = workDirectory.resolve("postgres");
        try {
            Files.createDirectories(workDirectory.resolve("logs"));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(workDirectory.resolve("logs/postgres.log").toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(workDirectory.resolve("logs/postgres.log").toFile()))
                    .start();
            supervisor.register(Supervisor.Tier.STORES, new Supervisor.Stoppable() {
                @Override
                public String name() {
                    return "embedded PostgreSQL";
                }

                @Override
                public void stop() {
                    closeQuietly(postgres);
                }
            });
            ensureDatabase(LOCAL_HOST, port);
            return endpoint("localhost", port, "embedded, data in " + dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start an embedded PostgreSQL on port " + port, e);
        } catch (SQLException e) {
            throw new StartupFailure("cannot create database " + PostgresEndpoint.DATABASE + " in the embedded PostgreSQL", e);
        }
    }

    private static PostgresEndpoint endpoint(String host, int port, String origin) {
        return new PostgresEndpoint("jdbc:postgresql://" + host + ":" + port + "/" + PostgresEndpoint.DATABASE,
                "postgres", "", origin);
    }

    /** Creates the database when it does not exist; a concurrent creator is not an error. */
    static void ensureDatabase(String host, int port) throws SQLException {
        String adminUrl = "jdbc:postgresql://" + host + ":" + port + "/postgres?connectTimeout=5";
        try (Connection connection = DriverManager.getConnection(adminUrl, "postgres", "");
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, PostgresEndpoint.DATABASE);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + PostgresEndpoint.DATABASE);
            } catch (SQLException e) {
                if (!"42P04".equals(e.getSQLState())) {
                    throw e;
                }
            }
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop the embedded PostgreSQL", e);
        }
    }
}
