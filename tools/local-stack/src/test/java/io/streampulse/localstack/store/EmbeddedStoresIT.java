package io.streampulse.localstack.store;

import io.streampulse.localstack.Console;
import io.streampulse.localstack.Ports;
import io.streampulse.localstack.process.Supervisor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The fallbacks for a machine without PostgreSQL or Redis: real servers started by the local stack's JVM. */
class EmbeddedStoresIT {

    @TempDir
    Path work;

    private final Console console = new Console(System.out, System.nanoTime(), false);

    @Test
    void anEmbeddedPostgresHasTheStreampulseDatabaseKeepsItsDataAndStopsWithTheStack() throws SQLException {
        // Given an embedded PostgreSQL that stored a row, then stopped with its stack
        Supervisor first = new Supervisor(console);
        PostgresEndpoint endpoint = new PostgresResolver(Map.of(), work, first, console).startEmbedded();
        execute(endpoint, "CREATE TABLE kept (id int); INSERT INTO kept VALUES (42)");
        first.stopAll();
        assertThat(Ports.listening("127.0.0.1", URI.create(endpoint.jdbcUrl().substring(5)).getPort())).isFalse();

        // When the stack starts it again on the same work directory
        Supervisor second = new Supervisor(console);
        PostgresEndpoint again = new PostgresResolver(Map.of(), work, second, console).startEmbedded();
        try {
            // Then the services' database is there, with the data of the previous run
            assertThat(again.jdbcUrl()).endsWith("/streampulse");
            assertThat(queryInt(again, "SELECT id FROM kept")).isEqualTo(42);
        } finally {
            second.stopAll();
        }
    }

    @Test
    void anEmbeddedRedisAnswersPingUntilTheStackStops() {
        // Given an embedded Redis
        Supervisor supervisor = new Supervisor(console);
        RedisEndpoint redis = new RedisResolver(Map.of(), supervisor).startEmbedded();
        URI uri = URI.create(redis.uri());

        // Then it answers, without a password
        assertThat(RedisResolver.answersPing(uri.getHost(), uri.getPort())).isTrue();

        // When the stack stops / Then it is gone
        supervisor.stopAll();
        assertThat(RedisResolver.answersPing(uri.getHost(), uri.getPort())).isFalse();
    }

    @Test
    void environmentVariablesWinOverAnyLocalServer() {
        Supervisor supervisor = new Supervisor(console);
        Map<String, String> env = Map.of("DATASOURCES_DEFAULT_URL", "jdbc:postgresql://db.example:5432/sp",
                "DATASOURCES_DEFAULT_USERNAME", "app", "DATASOURCES_DEFAULT_PASSWORD", "pw",
                "REDIS_URI", "redis://cache.example:6379");

        assertThat(new PostgresResolver(env, work, supervisor, console).resolve()).isEqualTo(new PostgresEndpoint(
                "jdbc:postgresql://db.example:5432/sp", "app", "pw", "from DATASOURCES_DEFAULT_URL"));
        assertThat(new RedisResolver(env, supervisor).resolve())
                .isEqualTo(new RedisEndpoint("redis://cache.example:6379", "from REDIS_URI"));
    }

    private static void execute(PostgresEndpoint endpoint, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(endpoint.jdbcUrl(), endpoint.username(), endpoint.password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static int queryInt(PostgresEndpoint endpoint, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(endpoint.jdbcUrl(), endpoint.username(), endpoint.password());
             Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
