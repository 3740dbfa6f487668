package io.streampulse.testkit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Chooses the PostgreSQL server: DATASOURCES_DEFAULT_URL (+ _USERNAME, _PASSWORD), else a
 * postgres:17 container, else a local server on 127.0.0.1 (port {@code testkit.postgres.port},
 * default 5432; user postgres or the OS user, trust auth), else an embedded one.
 */
final class PostgresBackends {

    static final String URL_ENV = "DATASOURCES_DEFAULT_URL";
    static final String IMAGE = "postgres:17";

    private PostgresBackends() {
    }

    static Started<PostgresServer> start() {
        Optional<String> url = Settings.env(URL_ENV);
        if (url.isPresent()) {
            return external(url.get());
        }
        if (Docker.available()) {
            return container();
        }
        int port = Settings.localPort("testkit.postgres.port", 5432);
        return local(port).orElseGet(EmbeddedPostgresServer::start);
    }

    private static Started<PostgresServer> external(String url) {
        PostgresServer server = new PostgresServer(url,
                Settings.env("DATASOURCES_DEFAULT_USERNAME").orElse("postgres"),
                Settings.env("DATASOURCES_DEFAULT_PASSWORD").orElse(""));
        return new Started<>(server, "server from " + URL_ENV + " (" + server + ")", server::dropCreatedDatabases);
    }

    private static Started<PostgresServer> container() {
        PostgreSQLContainer postgres = new PostgreSQLContainer(IMAGE);
        postgres.start();
        PostgresServer server = new PostgresServer(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
        return new Started<>(server, "Testcontainers " + IMAGE, postgres::stop);
    }

    /** The local server when it accepts one of the usual trust-auth users. */
    static Optional<Started<PostgresServer>> local(int port) {
        String adminUrl = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        Set<String> users = new LinkedHashSet<>();
        users.add("postgres");
        users.add(System.getProperty("user.name"));
        for (String user : users) {
            PostgresServer server = new PostgresServer(adminUrl, user, "");
            try (Connection ignored = server.connectAdmin()) {
                return Optional.of(new Started<>(server, "local server (" + server + ")", server::dropCreatedDatabases));
            } catch (SQLException e) {
                TestkitLog.info("postgres: 127.0.0.1:" + port + " as " + user + " unusable: " + e.getMessage());
            }
        }
        return Optional.empty();
    }
}
