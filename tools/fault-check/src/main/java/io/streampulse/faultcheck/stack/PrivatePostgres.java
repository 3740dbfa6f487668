package io.streampulse.faultcheck.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The run's own PostgreSQL (io.zonky embedded PostgreSQL 17, a real server process) on a free port, with its data
 * in the work directory, so that stopping and starting it disturbs nothing else on the machine. A restart keeps
 * the data: stop ({@code pg_ctl stop}, fast mode: sessions are cut), then start on the same directory and port.
 */
public final class PrivatePostgres implements AutoCloseable {

    private final int port;
    private final Path dataDirectory;
    private final Path logFile;
    private EmbeddedPostgres server;

    public PrivatePostgres(int port, Path dataDirectory, Path logFile) {
        this.port = port;
        this.dataDirectory = dataDirectory;
        this.logFile = logFile;
    }

    public synchronized void start() {
        try {
            Files.createDirectories(logFile.getParent());
            server = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL on port " + port, e);
        }
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop PostgreSQL on port " + port, e);
        } finally {
            server = null;
        }
    }

    public void createDatabase(String name) {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** A new connection; short timeouts, so a query during a restart fails fast instead of hanging. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database) + "?connectTimeout=3&socketTimeout=30", "postgres", "");
    }

    @Override
    public void close() {
        stop();
    }
}
